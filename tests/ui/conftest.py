"""GUI fixtures: the application with the bundled font, and a seeded demo database."""
import pytest

from approval_app.services.catalogue import load_catalogue
from approval_app.services.demo_seed import seed_demo


@pytest.fixture(scope="session")
def qapp_args():
    return ["approval-app-tests"]


@pytest.fixture
def app(qapp):
    from approval_app.ui.fonts import install_font

    install_font(qapp)
    return qapp


@pytest.fixture
def demo_db(sqlite_db):
    from tests_support import FORMS

    seed_demo(sqlite_db, load_catalogue(FORMS), cases=60, notices=False)  # notices: tested elsewhere, slow here
    return sqlite_db
