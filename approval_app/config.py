"""Settings, each declared once, read from the config file (TOML) in the user config directory.

Secrets never live here: passwords and tokens come from the OS keyring or the environment.
"""
from __future__ import annotations

import os
import socket
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "approval-app"
ENV_DB_URL = "APPROVAL_DB_URL"
ENV_CONFIG = "APPROVAL_CONFIG"
ENV_DATA_DIR = "APPROVAL_DATA_DIR"


@dataclass(frozen=True)
class Setting:
    section: str
    key: str
    type: type
    default: Any
    label: str  # zh_CN, shown in the settings dialog


SETTINGS = {
    "database_url": Setting("database", "url", str, "", "数据库地址（不含密码）"),
    "terminal": Setting("workstation", "terminal", str, "", "终端名称"),
    "language": Setting("ui", "language", str, "zh_CN", "界面语言"),
    "bureau_name": Setting("bureau", "name", str, "某市行政审批局", "审批局名称"),
    "bureau_prefix": Setting("bureau", "case_prefix", str, "SP", "案件编号前缀"),
    "bureau_credit_code": Setting("bureau", "credit_code", str, "11350200MB0123456A", "审批局统一社会信用代码（发证机关代码）"),
    "bureau_region": Setting("bureau", "region_code", str, "350200", "行政区划代码"),
    "bureau_abbreviation": Setting("bureau", "abbreviation", str, "某审批", "文书编号机关代字"),
    "bureau_phone": Setting("bureau", "phone", str, "12345", "咨询电话"),
    "reconsideration_body": Setting("bureau", "reconsideration_body", str, "某市人民政府", "行政复议机关"),
    "court": Setting("bureau", "court", str, "某市某区人民法院", "行政诉讼管辖法院"),
    "templates_dir": Setting("documents", "templates_dir", str, "", "文书模板目录（留空使用内置模板）"),
    "supplement_days": Setting("documents", "supplement_days", int, 15, "补正期限（工作日）"),
    "attachment_limit_mb": Setting("portal", "attachment_limit_mb", int, 50, "附件大小上限（MB）"),
}


class ConfigError(Exception):
    """The config file cannot be read; carries path and detail."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


def data_dir() -> Path:
    return Path(os.environ.get(ENV_DATA_DIR) or platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Config:
    values: dict[str, Any]
    path: Path

    def get(self, name: str) -> Any:
        setting = SETTINGS[name]
        return self.values.get(name, setting.default)

    @property
    def terminal(self) -> str:
        return self.get("terminal") or socket.gethostname()


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file means defaults, a broken one is an error."""
    path = path or config_path()
    values: dict[str, Any] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
            raise ConfigError(path, str(exc)) from exc
        for name, s in SETTINGS.items():
            section = raw.get(s.section, {})
            if s.key in section:
                value = section[s.key]
                if not isinstance(value, s.type) or isinstance(value, bool) != (s.type is bool):
                    raise ConfigError(path, f"[{s.section}] {s.key}: expected {s.type.__name__}")
                values[name] = value
    return Config(values, path)


def save_setting(config: Config, name: str, value: Any) -> Config:
    """Write one setting back to the config file (keeps the others)."""
    values = dict(config.values)
    values[name] = value
    sections: dict[str, dict[str, Any]] = {}
    for n, v in values.items():
        s = SETTINGS[n]
        sections.setdefault(s.section, {})[s.key] = v
    lines = ["# approval-app settings; secrets live in the OS keyring, never here"]
    for section, items in sections.items():
        lines.append(f"\n[{section}]")
        for key, v in items.items():
            lines.append(f"{key} = {_toml_value(v)}")
    config.path.parent.mkdir(parents=True, exist_ok=True)
    config.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Config(values, config.path)


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
