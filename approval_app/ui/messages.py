"""Error and status codes in plain words (zh_CN source text, translated by Qt).

Domain and services carry codes; this is the one place that turns them into sentences,
for the GUI and the command line alike.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 - marks text for lupdate
    return text


CTX = "messages"

TEXTS: dict[str, str] = {
    # validation
    "required": QT_TRANSLATE_NOOP("messages", "必须填写"),
    "uscc_length": QT_TRANSLATE_NOOP("messages", "统一社会信用代码应为18位，实际为{length}位"),
    "uscc_charset": QT_TRANSLATE_NOOP("messages", "统一社会信用代码含有不允许的字符：{chars}（不使用I、O、Z、S、V）"),
    "uscc_region": QT_TRANSLATE_NOOP("messages", "统一社会信用代码第3至8位应为行政区划代码（数字），实际为{region}"),
    "uscc_check": QT_TRANSLATE_NOOP("messages", "统一社会信用代码校验码错误：应为{expected}，实际为{got}"),
    "id_length": QT_TRANSLATE_NOOP("messages", "身份证号码应为18位，实际为{length}位"),
    "id_charset": QT_TRANSLATE_NOOP("messages", "身份证号码前17位应为数字，末位为数字或X"),
    "id_birthdate": QT_TRANSLATE_NOOP("messages", "身份证号码中的出生日期无效：{value}"),
    "id_check": QT_TRANSLATE_NOOP("messages", "身份证号码校验码错误：应为{expected}，实际为{got}"),
    "phone_format": QT_TRANSLATE_NOOP("messages", "电话号码格式不正确：{value}"),
    "date_format": QT_TRANSLATE_NOOP("messages", "日期格式应为YYYY-MM-DD：{value}"),
    "date_invalid": QT_TRANSLATE_NOOP("messages", "日期不存在：{value}"),
    "date_too_early": QT_TRANSLATE_NOOP("messages", "日期{value}早于{earliest}"),
    "date_too_late": QT_TRANSLATE_NOOP("messages", "日期{value}晚于{latest}"),
    "not_a_number": QT_TRANSLATE_NOOP("messages", "应为数字：{value}"),
    "below_min": QT_TRANSLATE_NOOP("messages", "不能小于{min}"),
    "above_max": QT_TRANSLATE_NOOP("messages", "不能大于{max}"),
    "too_long": QT_TRANSLATE_NOOP("messages", "过长：{length}个字，最多{max}个字"),
    "bad_choice": QT_TRANSLATE_NOOP("messages", "“{value}”不是可选值（可选：{allowed}）"),
    "pattern_mismatch": QT_TRANSLATE_NOOP("messages", "格式不符合要求：{value}"),
    "unknown_field": QT_TRANSLATE_NOOP("messages", "该事项没有此字段"),
    "unknown_material": QT_TRANSLATE_NOOP("messages", "该事项没有此材料"),
    "wrong_type": QT_TRANSLATE_NOOP("messages", "类型错误：应为{expected}，实际为{got}"),
    "validation_failed": QT_TRANSLATE_NOOP("messages", "有{count}处填写不正确"),
    # catalogue
    "missing": QT_TRANSLATE_NOOP("messages", "缺少必填项"),
    "unknown_key": QT_TRANSLATE_NOOP("messages", "未知的键（拼写错误？）"),
    "bad_code": QT_TRANSLATE_NOOP("messages", "编码格式不正确：{value}"),
    "empty": QT_TRANSLATE_NOOP("messages", "不能为空"),
    "out_of_range": QT_TRANSLATE_NOOP("messages", "取值{value}超出范围{low}至{high}"),
    "promised_exceeds_legal": QT_TRANSLATE_NOOP("messages", "承诺时限{promised}个工作日超过法定时限{legal}个工作日"),
    "missing_for_commitment": QT_TRANSLATE_NOOP("messages", "告知承诺事项必须规定核查期限"),
    "duplicate": QT_TRANSLATE_NOOP("messages", "重复：{value}"),
    "min_exceeds_max": QT_TRANSLATE_NOOP("messages", "最小值{min}大于最大值{max}"),
    "bad_pattern": QT_TRANSLATE_NOOP("messages", "正则表达式无效：{detail}"),
    "duplicate_matter": QT_TRANSLATE_NOOP("messages", "事项编码{value}与{other}重复"),
    "department_name_conflict": QT_TRANSLATE_NOOP("messages", "部门{code}的名称“{name}”与{other_source}中的“{other}”不一致"),
    "toml_syntax": QT_TRANSLATE_NOOP("messages", "TOML语法错误：{detail}"),
    "unreadable": QT_TRANSLATE_NOOP("messages", "无法读取：{detail}"),
    "catalogue_dir_missing": QT_TRANSLATE_NOOP("messages", "事项目录不存在"),
    "catalogue_empty": QT_TRANSLATE_NOOP("messages", "事项目录中没有任何 .toml 文件"),
    # storage
    "bad_url": QT_TRANSLATE_NOOP("messages", "数据库地址无法解析：{url}"),
    "unsupported_backend": QT_TRANSLATE_NOOP("messages", "不支持的数据库类型“{backend}”（仅支持 sqlite 和 postgresql）：{url}"),
    "unsupported_driver": QT_TRANSLATE_NOOP("messages", "不支持的数据库驱动“{driver}”（PostgreSQL 请用 postgresql+psycopg）：{url}"),
    "missing_host": QT_TRANSLATE_NOOP("messages", "数据库地址缺少服务器主机名：{url}"),
    "db_unreachable": QT_TRANSLATE_NOOP("messages", "无法连接数据库 {url}：{detail}"),
    "db_error": QT_TRANSLATE_NOOP("messages", "数据库 {url} 无法使用：{detail}"),
    "sqlite_dir_missing": QT_TRANSLATE_NOOP("messages", "数据库文件所在的目录不存在：{path}"),
    "schema_too_new": QT_TRANSLATE_NOOP("messages", "数据库 {url} 的结构版本（{revision}）比本程序新，请升级审批工作站后再打开"),
    "schema_outdated": QT_TRANSLATE_NOOP("messages", "数据库 {url} 的结构需要升级，请运行 approval-app db upgrade"),
    "migration_failed": QT_TRANSLATE_NOOP("messages", "数据库 {url} 升级失败：{detail}"),
    "conflict": QT_TRANSLATE_NOOP("messages", "该案件已被其他人员修改，请刷新后重试"),
    "config_error": QT_TRANSLATE_NOOP("messages", "配置文件 {path} 有误：{detail}"),
    # users
    "first_user_must_be_admin": QT_TRANSLATE_NOOP("messages", "第一个账号必须是系统管理员"),
    "permission_denied": QT_TRANSLATE_NOOP("messages", "您没有办理“{action}”的权限（需要角色：{role}）"),
    "bad_username": QT_TRANSLATE_NOOP("messages", "用户名须以字母开头，由2至64位字母、数字、下划线、点或连字符组成"),
    "no_roles": QT_TRANSLATE_NOOP("messages", "至少要选择一个角色"),
    "password_too_short": QT_TRANSLATE_NOOP("messages", "密码至少{min_length}位"),
    "password_whitespace": QT_TRANSLATE_NOOP("messages", "密码首尾不能有空格"),
    "password_mismatch": QT_TRANSLATE_NOOP("messages", "两次输入的密码不一致"),
    "username_taken": QT_TRANSLATE_NOOP("messages", "用户名{username}已存在"),
    "login_failed": QT_TRANSLATE_NOOP("messages", "用户名或密码错误"),
    "user_inactive": QT_TRANSLATE_NOOP("messages", "账号{username}已停用"),
    "unknown_role": QT_TRANSLATE_NOOP("messages", "未知角色：{role}"),
    # cases
    "unknown_matter": QT_TRANSLATE_NOOP("messages", "事项目录中没有编码为{code}的事项"),
    "bad_channel": QT_TRANSLATE_NOOP("messages", "未知的收件渠道：{channel}"),
    "case_not_found": QT_TRANSLATE_NOOP("messages", "找不到案件{case}"),
    "file_too_large": QT_TRANSLATE_NOOP("messages", "文件{file}超过大小上限（{limit}字节）"),
    "size_mismatch": QT_TRANSLATE_NOOP("messages", "文件{file}大小与声明不符（应为{expected}字节，实际{actual}字节）"),
    "sha256_mismatch": QT_TRANSLATE_NOOP("messages", "文件{file}的SHA-256校验值与声明不符"),
    "file_not_found": QT_TRANSLATE_NOOP("messages", "找不到文件（编号{id}）"),
    "file_corrupted": QT_TRANSLATE_NOOP("messages", "文件{file}已损坏：校验值与保存时不一致"),
    "demo_needs_empty_database": QT_TRANSLATE_NOOP("messages", "演示数据只能写入没有案件的空数据库"),
    # procedure
    "action_not_allowed": QT_TRANSLATE_NOOP("messages", "案件当前状态为“{status}”，不能办理“{action}”"),
    "already_received": QT_TRANSLATE_NOOP("messages", "案件已经收件"),
    "bad_data": QT_TRANSLATE_NOOP("messages", "“{action}”的{field}填写不正确"),
    "missing_data": QT_TRANSLATE_NOOP("messages", "办理“{action}”必须填写{field}"),
    "event_before_previous": QT_TRANSLATE_NOOP("messages", "“{action}”的日期早于上一个办理环节"),
    "log_must_start_with_receipt": QT_TRANSLATE_NOOP("messages", "办理记录必须从收件开始"),
    "unknown_action": QT_TRANSLATE_NOOP("messages", "未知的办理环节：{action}"),
    "materials_incomplete": QT_TRANSLATE_NOOP("messages", "材料不齐全，缺少：{names}"),
    "supplement_only_once": QT_TRANSLATE_NOOP("messages", "补正告知只能一次性发出（行政许可法第三十二条），本案已发出过"),
    "supplement_window_passed": QT_TRANSLATE_NOOP("messages", "已超过收件后5个工作日（{deadline}），不能再告知补正，依法视为自收件之日起受理"),
    "supplement_incomplete_list": QT_TRANSLATE_NOOP("messages", "补正告知必须一次列明全部缺少的材料，还缺：{names}"),
    "refusal_window_passed": QT_TRANSLATE_NOOP("messages", "已超过收件后5个工作日（{deadline}），依法视为受理，只能作出准予或不予许可的决定"),
    "extension_too_late": QT_TRANSLATE_NOOP("messages", "办理期限已于{deadline}届满，不能再延长"),
    "extension_only_once": QT_TRANSLATE_NOOP("messages", "办理期限只能延长一次"),
    "on_the_spot_not_allowed": QT_TRANSLATE_NOOP("messages", "该事项不适用当场作出决定"),
    "pledge_not_signed": QT_TRANSLATE_NOOP("messages", "申请人尚未签署告知承诺书"),
    "matter_has_no_permit": QT_TRANSLATE_NOOP("messages", "该事项不制发许可证件"),
    "not_a_reviewer": QT_TRANSLATE_NOOP("messages", "{username}不是在岗的审查员"),
    "nothing_missing": QT_TRANSLATE_NOOP("messages", "材料齐全，不需要退回，请直接备案"),
    "nothing_pending": QT_TRANSLATE_NOOP("messages", "没有待决定的申请"),
    "permit_has_no_expiry": QT_TRANSLATE_NOOP("messages", "该证件没有有效期，无需延续"),
    "permit_not_valid": QT_TRANSLATE_NOOP("messages", "证件已{status}，不能再办理"),
    "permit_procedure_pending": QT_TRANSLATE_NOOP("messages", "已有未办结的证件变更或延续申请"),
    "renewal_too_late": QT_TRANSLATE_NOOP("messages", "延续申请应在有效期届满30日前（{latest}之前）提出，证件有效期至{expiry}"),
    "renewal_deemed_granted": QT_TRANSLATE_NOOP("messages", "有效期已于{expiry}届满而未作决定，依法视为准予延续（行政许可法第五十条），只能登记为准予延续"),
    # documents
    "template_unknown_field": QT_TRANSLATE_NOOP("messages", "文书模板{template}中的字段“{field}”无法识别，请检查模板"),
    "template_missing": QT_TRANSLATE_NOOP("messages", "找不到文书模板：{template}"),
    "template_unreadable": QT_TRANSLATE_NOOP("messages", "文书模板{template}无法打开（不是有效的Word文档）"),
    "notice_without_event": QT_TRANSLATE_NOOP("messages", "本案尚未办理“{action}”，不能生成该文书"),
    "unknown_notice": QT_TRANSLATE_NOOP("messages", "未知的文书种类：{kind}"),
    "document_not_found": QT_TRANSLATE_NOOP("messages", "找不到文书（编号{id}）"),
    "attachment_missing": QT_TRANSLATE_NOOP("messages", "找不到要上传的文件：{file}"),
    "libreoffice_missing": QT_TRANSLATE_NOOP("messages", "本机未安装 LibreOffice，无法转换为PDF；请安装 LibreOffice 或在 Word 中另存为PDF"),
    "conversion_failed": QT_TRANSLATE_NOOP("messages", "转换为PDF失败：{detail}"),
    # the seal and permits
    "no_active_seal": QT_TRANSLATE_NOOP("messages", "尚未启用本局印章，请系统管理员导入印章证书和印章图片"),
    "seal_password_wrong": QT_TRANSLATE_NOOP("messages", "印章证书密码不正确"),
    "seal_p12_incomplete": QT_TRANSLATE_NOOP("messages", "证书文件中缺少私钥或证书"),
    "seal_key_unsupported": QT_TRANSLATE_NOOP("messages", "不支持该证书的密钥类型（应为RSA或ECDSA）"),
    "seal_certificate_expired": QT_TRANSLATE_NOOP("messages", "印章证书已于{until}过期"),
    "seal_image_not_png": QT_TRANSLATE_NOOP("messages", "印章图片应为PNG格式"),
    "seal_already_installed": QT_TRANSLATE_NOOP("messages", "该印章证书已经导入过（指纹{fingerprint}…）"),
    "seal_confirmation_failed": QT_TRANSLATE_NOOP("messages", "用印确认失败：密码不正确"),
    "no_permit": QT_TRANSLATE_NOOP("messages", "案件{case}没有已制发的证照"),
    "nothing_to_reissue": QT_TRANSLATE_NOOP("messages", "没有已准予的变更或延续，无需换发证照"),
    "document_not_sealable": QT_TRANSLATE_NOOP("messages", "该文书不需要加盖印章"),
    "export_format_unknown": QT_TRANSLATE_NOOP("messages", "不支持的导出格式：{suffix}（可选 .csv、.json、.xlsx）"),
    # calendar
    "calendar_note_required": QT_TRANSLATE_NOOP("messages", "请填写说明（如“2027年春节”）"),
    "date_range_reversed": QT_TRANSLATE_NOOP("messages", "结束日期{end}早于开始日期{start}"),
    "date_range_too_long": QT_TRANSLATE_NOOP("messages", "一次最多录入{days}天"),
    "year_has_no_holidays": QT_TRANSLATE_NOOP("messages", "{year}年还没有录入任何节假日，不能标记为录入完成"),
    "year_in_package": QT_TRANSLATE_NOOP("messages", "{year}年的官方日历已由软件包提供，无需标记"),
    "internal_error": QT_TRANSLATE_NOOP("messages", "程序内部错误，详细信息已写入日志，请联系系统管理员"),
}

ROLE_NAMES = {
    "intake": QT_TRANSLATE_NOOP("messages", "收件受理员"),
    "reviewer": QT_TRANSLATE_NOOP("messages", "审查员"),
    "approver": QT_TRANSLATE_NOOP("messages", "审批负责人"),
    "seal_keeper": QT_TRANSLATE_NOOP("messages", "印章管理员"),
    "filing": QT_TRANSLATE_NOOP("messages", "备案管理员"),
    "admin": QT_TRANSLATE_NOOP("messages", "系统管理员"),
}

STATUS_NAMES = {
    "received": QT_TRANSLATE_NOOP("messages", "已收件"),
    "supplement": QT_TRANSLATE_NOOP("messages", "待补正"),
    "accepted": QT_TRANSLATE_NOOP("messages", "已受理"),
    "review": QT_TRANSLATE_NOOP("messages", "审查中"),
    "suspended": QT_TRANSLATE_NOOP("messages", "中止计时"),
    "approved": QT_TRANSLATE_NOOP("messages", "准予许可"),
    "denied": QT_TRANSLATE_NOOP("messages", "不予许可"),
    "refused": QT_TRANSLATE_NOOP("messages", "不予受理"),
    "issued": QT_TRANSLATE_NOOP("messages", "已制证"),
    "delivered": QT_TRANSLATE_NOOP("messages", "已送达"),
    "withdrawn": QT_TRANSLATE_NOOP("messages", "已撤回"),
    "filed": QT_TRANSLATE_NOOP("messages", "已备案"),
    "filing_returned": QT_TRANSLATE_NOOP("messages", "备案退回"),
    "committed": QT_TRANSLATE_NOOP("messages", "承诺审批待核查"),
}

CHANNEL_NAMES = {
    "counter": QT_TRANSLATE_NOOP("messages", "窗口"),
    "online": QT_TRANSLATE_NOOP("messages", "网上"),
}

MODE_NAMES = {
    "licence": QT_TRANSLATE_NOOP("messages", "行政许可"),
    "filing": QT_TRANSLATE_NOOP("messages", "备案"),
    "commitment": QT_TRANSLATE_NOOP("messages", "告知承诺"),
}

EVENT_NAMES = {
    "received": QT_TRANSLATE_NOOP("messages", "收件"),
    "accepted": QT_TRANSLATE_NOOP("messages", "受理"),
    "supplement_requested": QT_TRANSLATE_NOOP("messages", "一次性告知补正"),
    "supplement_received": QT_TRANSLATE_NOOP("messages", "补正材料收到"),
    "refused": QT_TRANSLATE_NOOP("messages", "不予受理"),
    "assigned": QT_TRANSLATE_NOOP("messages", "分派审查"),
    "opinion": QT_TRANSLATE_NOOP("messages", "部门意见"),
    "suspended": QT_TRANSLATE_NOOP("messages", "中止计时"),
    "resumed": QT_TRANSLATE_NOOP("messages", "恢复计时"),
    "extended": QT_TRANSLATE_NOOP("messages", "延长期限"),
    "approved": QT_TRANSLATE_NOOP("messages", "准予许可"),
    "denied": QT_TRANSLATE_NOOP("messages", "不予许可"),
    "permit_issued": QT_TRANSLATE_NOOP("messages", "制发证照"),
    "delivered": QT_TRANSLATE_NOOP("messages", "送达"),
    "withdrawn": QT_TRANSLATE_NOOP("messages", "申请人撤回"),
    "filed": QT_TRANSLATE_NOOP("messages", "备案登记"),
    "filing_returned": QT_TRANSLATE_NOOP("messages", "备案退回"),
    "committed": QT_TRANSLATE_NOOP("messages", "告知承诺当场审批"),
    "decided_on_the_spot": QT_TRANSLATE_NOOP("messages", "当场作出准予许可决定"),
    "verified": QT_TRANSLATE_NOOP("messages", "承诺核查"),
    "change_applied": QT_TRANSLATE_NOOP("messages", "申请变更"),
    "change_decided": QT_TRANSLATE_NOOP("messages", "变更决定"),
    "renewal_applied": QT_TRANSLATE_NOOP("messages", "申请延续"),
    "renewal_decided": QT_TRANSLATE_NOOP("messages", "延续决定"),
    "cancelled": QT_TRANSLATE_NOOP("messages", "注销"),
    "revoked": QT_TRANSLATE_NOOP("messages", "撤销"),
    "create_user": QT_TRANSLATE_NOOP("messages", "新建账号"),
    "calendar_set": QT_TRANSLATE_NOOP("messages", "录入官方日历"),
    "seal_install": QT_TRANSLATE_NOOP("messages", "更换印章"),
    "apply_seal": QT_TRANSLATE_NOOP("messages", "用印"),
    "calendar_complete": QT_TRANSLATE_NOOP("messages", "标记日历录入完成"),
    "receive_case": QT_TRANSLATE_NOOP("messages", "收件"),
}

PERMIT_STATUS_NAMES = {
    "valid": QT_TRANSLATE_NOOP("messages", "有效"),
    "renewed": QT_TRANSLATE_NOOP("messages", "已延续"),
    "expired": QT_TRANSLATE_NOOP("messages", "已过期"),
    "cancelled": QT_TRANSLATE_NOOP("messages", "注销"),
    "revoked": QT_TRANSLATE_NOOP("messages", "撤销"),
    "none": QT_TRANSLATE_NOOP("messages", "未制发"),
}

DUE_KIND_NAMES = {
    "acceptance": QT_TRANSLATE_NOOP("messages", "受理期限（收件后5个工作日内受理、不予受理或一次性告知补正）"),
    "decision": QT_TRANSLATE_NOOP("messages", "办结期限（作出许可决定）"),
    "permit": QT_TRANSLATE_NOOP("messages", "制证送达期限（决定后10个工作日内）"),
    "verification": QT_TRANSLATE_NOOP("messages", "承诺核查期限（监管部门）"),
    "renewal": QT_TRANSLATE_NOOP("messages", "延续决定期限（有效期届满前）"),
}


def permit_status_name(code: str | None) -> str:
    return tr(PERMIT_STATUS_NAMES.get(code or "none", code or ""))


def due_kind_name(code: str | None) -> str:
    return tr(DUE_KIND_NAMES.get(code or "", code or ""))


# Where the event's name reads badly on a button, the button says what it does.
ACTION_LABELS = {
    "cancelled": QT_TRANSLATE_NOOP("messages", "注销许可"),
    "revoked": QT_TRANSLATE_NOOP("messages", "撤销许可"),
    "change_applied": QT_TRANSLATE_NOOP("messages", "登记变更申请"),
    "renewal_applied": QT_TRANSLATE_NOOP("messages", "登记延续申请"),
    "withdrawn": QT_TRANSLATE_NOOP("messages", "申请人撤回"),
}


def action_label(code: str) -> str:
    return tr(ACTION_LABELS[code]) if code in ACTION_LABELS else event_name(code)


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _fmt(template: str, params: dict[str, Any]) -> str:
    values = {k: ("、".join(map(str, v)) if isinstance(v, (tuple, list, set, frozenset)) else v)
              for k, v in params.items()}
    try:
        return tr(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return tr(template)


def describe(code: str, params: dict[str, Any] | None = None) -> str:
    """A sentence for an error code with its parameters (falls back to the code itself)."""
    template = TEXTS.get(code)
    if template is None:
        return code
    params = dict(params or {})
    if "action" in params and code != "permission_denied":
        params["action"] = event_name(str(params["action"]))
    if "status" in params and code == "action_not_allowed":
        params["status"] = status_name(str(params["status"]))
    if code == "permit_not_valid":
        params["status"] = tr(PERMIT_STATUS_NAMES.get(str(params.get("status")), str(params.get("status"))))
    if code == "permission_denied" and "action" in params:
        params["action"] = event_name(str(params["action"]))
    if code == "permission_denied" and "role" in params:
        roles = params["role"] if isinstance(params["role"], (tuple, list)) else (params["role"],)
        params["role"] = "、".join(role_name(str(r)) for r in roles)
    return _fmt(template, params)


def is_known(exc: BaseException) -> bool:
    """Errors of the program's own kinds carry a code to put in words; anything else is a bug."""
    from approval_app.documents.docx_fill import TemplateError
    from approval_app.documents.office import OfficeError
    from approval_app.documents.seal_keys import SealKeyError
    from approval_app.domain.errors import DomainError
    from approval_app.storage.errors import StorageError

    return isinstance(exc, (DomainError, StorageError, TemplateError, OfficeError, SealKeyError))


def describe_error(exc: Exception) -> str:
    """Plain words for a known error (domain, storage, config); never a traceback."""
    from approval_app.domain.errors import ValidationFailed

    if isinstance(exc, ValidationFailed):
        return "；".join(describe_issue(i.field, i.code, i.params) for i in exc.issues)
    if is_known(exc):
        return describe(exc.code, getattr(exc, "params", {}))
    return describe("internal_error")


def describe_issue(field: str, code: str, params: dict[str, Any], label: str | None = None) -> str:
    return f"{label or field}：{describe(code, params)}"


def role_name(code: str) -> str:
    return tr(ROLE_NAMES.get(code, code))


def status_name(code: str) -> str:
    return tr(STATUS_NAMES.get(code, code))


def channel_name(code: str) -> str:
    return tr(CHANNEL_NAMES.get(code, code))


def mode_name(code: str) -> str:
    return tr(MODE_NAMES.get(code, code))


def event_name(code: str) -> str:
    return tr(EVENT_NAMES.get(code, code))
