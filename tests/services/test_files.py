"""Files in the database: streamed in chunks, verified by SHA-256, nothing half-written."""
import hashlib
import io
import os

import pytest
from sqlalchemy import func, select

from approval_app.domain.errors import DomainError
from approval_app.services import files
from approval_app.storage import models as m


def test_round_trip_of_a_multi_chunk_file(db):
    data = os.urandom(files.CHUNK * 2 + 12345)
    with db.transaction() as s:
        info = files.store_stream(s, io.BytesIO(data), "扫描件.pdf", "application/pdf")
    assert info.size == len(data) and info.sha256 == hashlib.sha256(data).hexdigest()
    out = io.BytesIO()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(m.FileChunk)) == 3
        files.copy_to(s, info.id, out)
    assert out.getvalue() == data


@pytest.mark.parametrize("kwargs,code", [
    ({"max_size": 1000}, "file_too_large"),
    ({"expected_size": 999}, "size_mismatch"),
    ({"expected_sha256": "0" * 64}, "sha256_mismatch"),
])
def test_bad_files_leave_nothing_behind(db, kwargs, code):
    with pytest.raises(DomainError) as err:
        with db.transaction() as s:
            files.store_stream(s, io.BytesIO(b"x" * 5000), "a.bin", **kwargs)
    assert err.value.code == code
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(m.StoredFile)) == 0
        assert s.scalar(select(func.count()).select_from(m.FileChunk)) == 0
