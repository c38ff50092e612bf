"""The command line: exit codes and one clear sentence for bad input."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from approval_app.cli import main

FORMS = Path(__file__).resolve().parents[1] / "forms"


def test_catalogue_check_lists_matters(capsys):
    assert main(["catalogue", "check"]) == 0
    out = capsys.readouterr().out
    assert "SCJG-001" in out and "食品经营许可" in out


def test_catalogue_check_fails_on_a_broken_file(tmp_path, capsys):
    (tmp_path / "bad.toml").write_text('code = "X"\nmode = "maybe"\n', encoding="utf-8")
    assert main(["catalogue", "check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "bad.toml: mode:" in err and "Traceback" not in err


def test_seed_then_list_json(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["demo", "--seed-only", "--quiet", "--db", url]) == 0
    capsys.readouterr()
    assert main(["cases", "list", "--json", "--db", url]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 200
    assert {"case_number", "status", "matter_code", "applicant", "channel", "received", "due_date"} <= set(rows[0])
    assert {r["channel"] for r in rows} == {"counter", "online"}
    assert len({r["status"] for r in rows}) >= 12
    assert main(["cases", "list", "--json", "--limit", "3", "--status", "review", "--db", url]) == 0
    limited = json.loads(capsys.readouterr().out)
    assert len(limited) == 3 and {r["status"] for r in limited} == {"review"}
    # a second seed into the same database is refused
    assert main(["demo", "--seed-only", "--quiet", "--db", url]) == 1


@pytest.mark.parametrize("url,fragment", [
    ("mysql://u@h/db", "mysql"),
    ("postgresql://postgres@127.0.0.1:1/x", "127.0.0.1:1"),
])
def test_bad_database_is_one_sentence_and_nonzero(url, fragment, capsys):
    assert main(["cases", "list", "--db", url]) == 1
    err = capsys.readouterr().err.strip()
    assert fragment in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_user_add_reads_password_from_stdin(tmp_path):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    cmd = [sys.executable, "-m", "approval_app", "user", "add", "boss", "--role", "admin",
           "--password-stdin", "--db", url]
    done = subprocess.run(cmd, input="correct horse\n", capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "correct horse" not in done.stdout + done.stderr
    again = subprocess.run(cmd, input="correct horse\n", capture_output=True, text=True)
    assert again.returncode == 1 and "boss" in again.stderr
    bad_role = subprocess.run(cmd[:7] + ["wizard"] + cmd[8:], input="x" * 10 + "\n",
                              capture_output=True, text=True)
    assert bad_role.returncode == 1 and "wizard" in bad_role.stderr


def test_broken_config_file_stops_with_its_path(tmp_path, monkeypatch, capsys):
    conf = tmp_path / "broken.toml"
    conf.write_text("[database\nurl = 1\n", encoding="utf-8")
    monkeypatch.setenv("APPROVAL_CONFIG", str(conf))
    assert main(["cases", "list"]) == 1
    err = capsys.readouterr().err
    assert str(conf) in err and "Traceback" not in err


def test_config_file_chooses_the_database(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'configured.db'}"
    conf = tmp_path / "config.toml"
    conf.write_text(f'[database]\nurl = "{url}"\n', encoding="utf-8")
    monkeypatch.setenv("APPROVAL_CONFIG", str(conf))
    assert main(["db", "upgrade"]) == 0
    assert "configured.db" in capsys.readouterr().out
    assert (tmp_path / "configured.db").exists()


@pytest.mark.parametrize("args,expected", [
    (["calendar", "due", "2026-09-30", "5"], "2026-10-13"),
    (["calendar", "due", "2026-02-13", "5"], "2026-02-27"),
    (["calendar", "due", "2026-03-02", "20", "--pause", "2026-03-10:2026-03-12"], "2026-04-01"),
    (["calendar", "workdays", "2026-09-30", "2026-10-13"], "5"),
])
def test_calendar_commands(args, expected, tmp_path, capsys):
    assert main(args + ["--db", f"sqlite:///{tmp_path / 'c.db'}"]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == expected and out.err == ""


def test_calendar_due_into_2027_says_provisional_until_entered(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert main(["calendar", "due", "2026-12-24", "20", "--db", url]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "2027-01-21" and "暂估" in out.err
    assert main(["calendar", "set", "holiday", "2027-01-01", "--note", "元旦", "--db", url]) == 0
    assert main(["calendar", "complete", "2027", "--db", url]) == 0
    capsys.readouterr()
    assert main(["calendar", "due", "2026-12-24", "20", "--json", "--db", url]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["due"] == "2027-01-22" and got["provisional"] is False


@pytest.mark.parametrize("args", [["calendar", "due", "2026-02-30", "5"], ["calendar", "due", "2026-03-02", "5",
                                  "--pause", "2026-03-10"], ["stats", "--from", "2026-03-31", "--to", "2026-03-01"]])
def test_calendar_and_stats_bad_input(args, tmp_path, capsys):
    assert main(args + ["--db", f"sqlite:///{tmp_path / 'c.db'}"]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_stats_json_on_the_demo(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["demo", "--seed-only", "--quiet", "--cases", "40", "--db", url]) == 0
    capsys.readouterr()
    assert main(["stats", "--from", "2000-01-01", "--to", "2100-12-31", "--json", "--db", url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["cases"] == 40
    assert sum(g["cases"] for g in data["by_department"]) == 40
    assert 0 < data["total"]["online_share"] < 1


def test_permits_export_verify_and_register(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["demo", "--seed-only", "--quiet", "--cases", "60", "--db", url]) == 0
    capsys.readouterr()
    assert main(["cases", "list", "--json", "--db", url]) == 0
    rows = json.loads(capsys.readouterr().out)
    issued = [r["case_number"] for r in rows if r["status"] in ("issued", "delivered")]
    assert issued, "the demo seed issues permits for its approved cases"
    out = tmp_path / "permit.pdf"
    assert main(["permits", "export", issued[0], "--out", str(out), "--db", url]) == 0
    capsys.readouterr()
    assert main(["verify", str(out), "--db", url, "--json"]) == 0
    text = capsys.readouterr().out
    assert "签名：有效" in text and "未被改动" in text and "登记状态：有效" in text
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    assert main(["verify", str(bad), "--db", url]) == 1
    assert "已被改动" in capsys.readouterr().out
    assert main(["seal-register", "verify", "--db", url]) == 0
    assert "哈希链逐条校验通过" in capsys.readouterr().out
    assert main(["seal-register", "export", "--out", str(tmp_path / "reg.xlsx"), "--db", url]) == 0
    assert (tmp_path / "reg.xlsx").stat().st_size > 0
    assert main(["permits", "export", "SP1999000001", "--out", str(tmp_path / "n.pdf"), "--db", url]) == 1


def test_bench_permits_prints_figures(capsys):
    assert main(["bench", "permits", "--count", "3"]) == 0
    out = capsys.readouterr().out
    assert "render + sign, one core" in out and "per second" in out


def test_offline_verification_with_the_seal_certificate(tmp_path, capsys):
    from cryptography.hazmat.primitives.serialization import Encoding
    from sqlalchemy import select

    from approval_app.storage import models as m
    from approval_app.storage.db import open_database

    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["demo", "--seed-only", "--quiet", "--cases", "60", "--db", url]) == 0
    db = open_database(url)
    with db.read() as s:
        number = s.scalar(select(m.Case.case_number).join(m.Permit, m.Permit.case_id == m.Case.id).limit(1))
        der = s.scalar(select(m.Seal.certificate_der))
    db.dispose()
    from cryptography import x509

    cert = tmp_path / "seal.pem"
    cert.write_bytes(x509.load_der_x509_certificate(der).public_bytes(Encoding.PEM))
    pdf = tmp_path / "p.pdf"
    assert main(["permits", "export", number, "--out", str(pdf), "--db", url]) == 0
    capsys.readouterr()
    assert main(["verify", str(pdf), "--offline", "--cert", str(cert)]) == 0
    out = capsys.readouterr().out
    assert "签名：有效" in out and "二维码：印章签名有效" in out
    other = tmp_path / "other.pem"
    from approval_app.documents.seal_keys import demo_pkcs12, load_pkcs12

    stranger = load_pkcs12(demo_pkcs12("伪造印章", "某市行政审批局", "x-123456"), "x-123456")
    other.write_bytes(stranger.certificate.public_bytes(Encoding.PEM))
    assert main(["verify", str(pdf), "--offline", "--cert", str(other)]) == 1
    assert "不是本局的印章证书" in capsys.readouterr().out


def test_templates_export_keeps_edits(tmp_path, capsys):
    assert main(["templates", "export", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("*.docx"))) == 11
    edited = tmp_path / "receipt.docx"
    edited.write_bytes(b"edited by the administrator")
    assert main(["templates", "export", str(tmp_path)]) == 0
    assert edited.read_bytes() == b"edited by the administrator"
