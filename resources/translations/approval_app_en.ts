<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CaseDetailPane</name>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="38"/>
        <source>在左侧列表中选择一件案件查看详情</source>
        <translation>Select a case in the list on the left to view its details</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="49"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="49"/>
        <source>内容</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="50"/>
        <location filename="../../approval_app/ui/views/case_detail.py" line="57"/>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="50"/>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="50"/>
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="50"/>
        <source>原件/复印件</source>
        <translation>Original/Copy</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="51"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="51"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="52"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="52"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="52"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="52"/>
        <source>状态变化</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="53"/>
        <source>理由/说明</source>
        <translation>Reason/Remarks</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="53"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="53"/>
        <source>终端</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="54"/>
        <location filename="../../approval_app/ui/views/case_detail.py" line="59"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="54"/>
        <source>文号</source>
        <translation>Document No.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="54"/>
        <source>生成时间</source>
        <translation>Generated at</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="54"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="55"/>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="56"/>
        <source>申请表</source>
        <translation>Application form</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="58"/>
        <source>办理记录</source>
        <translation>Processing history</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="76"/>
        <source>正在读取案件……</source>
        <translation>Loading case…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="85"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="87"/>
        <source>（暂估：该年官方日历尚未录入）</source>
        <translation> (provisional: the official calendar for that year has not been entered yet)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="90"/>
        <source>（校验位不符，经办人说明：{0}）</source>
        <translation> (check digit mismatch; officer&apos;s note: {0})</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="91"/>
        <source>第{0}版</source>
        <translation>version {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="93"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="94"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="96"/>
        <source>原主管部门</source>
        <translation>Original competent department</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="97"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="98"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="99"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="100"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="101"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="102"/>
        <source>收件渠道</source>
        <translation>Receipt channel</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="103"/>
        <source>收件时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="104"/>
        <source>办理期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="112"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="112"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="114"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="114"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="34"/>
        <source>案件编号</source>
        <translation>Case No.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="35"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="36"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="37"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="38"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="39"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="40"/>
        <source>收件日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="41"/>
        <source>办理期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="163"/>
        <source>该期限跨入官方日历尚未覆盖的年份，按工作日（周一至周五）暂估，待管理员录入该年日历后确定</source>
        <translation>This due date falls in a year not yet covered by the official calendar; it is provisionally estimated on working days (Monday to Friday) and will be finalised once an administrator enters that year&apos;s calendar</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="165"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="167"/>
        <source>临近期限（3个工作日以内）</source>
        <translation>Due soon (within 3 working days)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="188"/>
        <source>（暂估）</source>
        <translation> (provisional)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="74"/>
        <source>首次启动 · 创建系统管理员</source>
        <translation>First start · Create administrator</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="77"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="88"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="89"/>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="90"/>
        <source>密码（至少8位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="91"/>
        <source>再次输入密码</source>
        <translation>Re-enter password</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="93"/>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="97"/>
        <source>这是一个新的数据库。请先创建系统管理员账号，再由管理员为各位工作人员开设账号。</source>
        <translation>This is a new database. Create the administrator account first; the administrator then opens accounts for the staff.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="23"/>
        <source>审批工作站 · 登录</source>
        <translation>Approval Workstation · Sign in</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="34"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="35"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="37"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="42"/>
        <source>行政审批局 审批工作站</source>
        <translation>Administrative Approval Bureau — Approval Workstation</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/login.py" line="47"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="34"/>
        <source>审批工作站</source>
        <translation>Approval Workstation</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="36"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="55"/>
        <source>案件编号 / 企业名称 / 统一社会信用代码</source>
        <translation>Case No. / Company name / USCC</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="57"/>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="59"/>
        <source>我的案件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="61"/>
        <location filename="../../approval_app/ui/views/main_window.py" line="142"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="64"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="66"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="68"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="112"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="114"/>
        <source>当前用户：{0}（{1}）</source>
        <translation>Current user: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="141"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="146"/>
        <source>查找案件</source>
        <translation>Find case</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="151"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="155"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="156"/>
        <location filename="../../approval_app/ui/views/main_window.py" line="170"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="162"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="163"/>
        <location filename="../../approval_app/ui/views/main_window.py" line="175"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="170"/>
        <source>界面语言将在下次启动时生效。</source>
        <translation>The interface language will take effect the next time the application starts.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="175"/>
        <source>审批工作站 {0}
一枚印章管审批</source>
        <translation>Approval Workstation {0}
One seal manages approvals</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="184"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="185"/>
        <source>全部事项</source>
        <translation>All matters</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="186"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="211"/>
        <source>正在查询……</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="215"/>
        <source>共 {0} 件</source>
        <translation>Total: {0}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../approval_app/ui/app.py" line="70"/>
        <source>演示数据库：所有账号的密码都是 demo1234（zhangwei 收件，lina 审查，wangqiang 审批，admin 管理）</source>
        <translation>Demo database: every account&apos;s password is demo1234 (zhangwei: intake, lina: review, wangqiang: approval, admin: administration)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/app.py" line="90"/>
        <source>正在打开数据库……</source>
        <translation>Opening database…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/app.py" line="93"/>
        <source>事项目录有错误，请联系系统管理员：
{0}</source>
        <translation>The matter catalogue contains errors. Please contact the administrator:
{0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/dialogs.py" line="27"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/dialogs.py" line="54"/>
        <source>无法继续</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/dialogs.py" line="68"/>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/dialogs.py" line="69"/>
        <source>审批工作站遇到了一个内部错误。您的数据已保存到出错前的最后一步。
请将下方详细信息复制给系统管理员。日志文件：{0}</source>
        <translation>Approval Workstation encountered an internal error. Your data has been saved up to the last step before the error.
Please copy the details below and send them to the administrator. Log file: {0}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="21"/>
        <source>必须填写</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="22"/>
        <source>统一社会信用代码应为18位，实际为{length}位</source>
        <translation>USCC must be 18 characters; got {length}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="23"/>
        <source>统一社会信用代码含有不允许的字符：{chars}（不使用I、O、Z、S、V）</source>
        <translation>USCC contains disallowed characters: {chars} (I, O, Z, S and V are not used)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="24"/>
        <source>统一社会信用代码第3至8位应为行政区划代码（数字），实际为{region}</source>
        <translation>USCC characters 3–8 must be an administrative division code (digits); got {region}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="25"/>
        <source>统一社会信用代码校验码错误：应为{expected}，实际为{got}</source>
        <translation>USCC check character is wrong: expected {expected}, got {got}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="26"/>
        <source>身份证号码应为18位，实际为{length}位</source>
        <translation>Resident ID number must be 18 characters; got {length}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="27"/>
        <source>身份证号码前17位应为数字，末位为数字或X</source>
        <translation>Resident ID number: the first 17 characters must be digits and the last a digit or X</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="28"/>
        <source>身份证号码中的出生日期无效：{value}</source>
        <translation>Invalid date of birth in resident ID number: {value}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="29"/>
        <source>身份证号码校验码错误：应为{expected}，实际为{got}</source>
        <translation>Resident ID number check digit is wrong: expected {expected}, got {got}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="30"/>
        <source>电话号码格式不正确：{value}</source>
        <translation>Invalid phone number format: {value}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="31"/>
        <source>日期格式应为YYYY-MM-DD：{value}</source>
        <translation>Date must be in YYYY-MM-DD format: {value}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="32"/>
        <source>日期不存在：{value}</source>
        <translation>Date does not exist: {value}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="33"/>
        <source>日期{value}早于{earliest}</source>
        <translation>Date {value} is earlier than {earliest}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="34"/>
        <source>日期{value}晚于{latest}</source>
        <translation>Date {value} is later than {latest}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="35"/>
        <source>应为数字：{value}</source>
        <translation>Must be a number: {value}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="36"/>
        <source>不能小于{min}</source>
        <translation>Must not be less than {min}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="37"/>
        <source>不能大于{max}</source>
        <translation>Must not be greater than {max}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="38"/>
        <source>过长：{length}个字，最多{max}个字</source>
        <translation>Too long: {length} characters, maximum {max}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="39"/>
        <source>“{value}”不是可选值（可选：{allowed}）</source>
        <translation>“{value}” is not an allowed value (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="40"/>
        <source>格式不符合要求：{value}</source>
        <translation>Invalid format: {value}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="41"/>
        <source>该事项没有此字段</source>
        <translation>This matter has no such field</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="42"/>
        <source>该事项没有此材料</source>
        <translation>This matter has no such material</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="43"/>
        <source>类型错误：应为{expected}，实际为{got}</source>
        <translation>Wrong type: expected {expected}, got {got}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="44"/>
        <source>有{count}处填写不正确</source>
        <translation>{count} field(s) filled in incorrectly</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="46"/>
        <source>缺少必填项</source>
        <translation>Missing required item</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="47"/>
        <source>未知的键（拼写错误？）</source>
        <translation>Unknown key (typo?)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="48"/>
        <source>编码格式不正确：{value}</source>
        <translation>Invalid code format: {value}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="49"/>
        <source>不能为空</source>
        <translation>Must not be empty</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="50"/>
        <source>取值{value}超出范围{low}至{high}</source>
        <translation>Value {value} is out of range {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="51"/>
        <source>承诺时限{promised}个工作日超过法定时限{legal}个工作日</source>
        <translation>Promised time limit of {promised} working days exceeds the statutory limit of {legal} working days</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="52"/>
        <source>告知承诺事项必须规定核查期限</source>
        <translation>Notify-and-commit matters must specify a verification period</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="53"/>
        <source>重复：{value}</source>
        <translation>Duplicate: {value}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="54"/>
        <source>最小值{min}大于最大值{max}</source>
        <translation>Minimum {min} is greater than maximum {max}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="55"/>
        <source>正则表达式无效：{detail}</source>
        <translation>Invalid regular expression: {detail}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="56"/>
        <source>事项编码{value}与{other}重复</source>
        <translation>Matter code {value} duplicates {other}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="57"/>
        <source>部门{code}的名称“{name}”与{other_source}中的“{other}”不一致</source>
        <translation>Department {code}: name “{name}” does not match “{other}” in {other_source}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="58"/>
        <source>TOML语法错误：{detail}</source>
        <translation>TOML syntax error: {detail}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="59"/>
        <source>无法读取：{detail}</source>
        <translation>Cannot read: {detail}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="60"/>
        <source>事项目录不存在</source>
        <translation>The matter catalogue does not exist</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="61"/>
        <source>事项目录中没有任何 .toml 文件</source>
        <translation>The matter catalogue contains no .toml files</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="63"/>
        <source>数据库地址无法解析：{url}</source>
        <translation>Cannot parse database URL: {url}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="64"/>
        <source>不支持的数据库类型“{backend}”（仅支持 sqlite 和 postgresql）：{url}</source>
        <translation>Unsupported database type “{backend}” (only sqlite and postgresql are supported): {url}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="65"/>
        <source>不支持的数据库驱动“{driver}”（PostgreSQL 请用 postgresql+psycopg）：{url}</source>
        <translation>Unsupported database driver “{driver}” (use postgresql+psycopg for PostgreSQL): {url}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="66"/>
        <source>数据库地址缺少服务器主机名：{url}</source>
        <translation>Database URL is missing the server host name: {url}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="67"/>
        <source>无法连接数据库 {url}：{detail}</source>
        <translation>Cannot connect to database {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="68"/>
        <source>数据库 {url} 无法使用：{detail}</source>
        <translation>Database {url} cannot be used: {detail}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="69"/>
        <source>数据库文件所在的目录不存在：{path}</source>
        <translation>The directory for the database file does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="70"/>
        <source>数据库 {url} 的结构版本（{revision}）比本程序新，请升级审批工作站后再打开</source>
        <translation>The schema version of database {url} ({revision}) is newer than this program; upgrade Approval Workstation before opening it</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="71"/>
        <source>数据库 {url} 的结构需要升级，请运行 approval-app db upgrade</source>
        <translation>The schema of database {url} needs upgrading; run approval-app db upgrade</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="72"/>
        <source>数据库 {url} 升级失败：{detail}</source>
        <translation>Upgrade of database {url} failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="73"/>
        <source>该案件已被其他人员修改，请刷新后重试</source>
        <translation>This case has been modified by someone else; refresh and try again</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="74"/>
        <source>配置文件 {path} 有误：{detail}</source>
        <translation>Configuration file {path} is invalid: {detail}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="76"/>
        <source>第一个账号必须是系统管理员</source>
        <translation>The first account must be an administrator</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="77"/>
        <source>您没有执行此操作的权限（需要角色：{role}）</source>
        <translation>You do not have permission for this operation (required role: {role})</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="78"/>
        <source>用户名须以字母开头，由2至64位字母、数字、下划线、点或连字符组成</source>
        <translation>Username must start with a letter and consist of 2 to 64 letters, digits, underscores, dots or hyphens</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="79"/>
        <source>至少要选择一个角色</source>
        <translation>Select at least one role</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="80"/>
        <source>密码至少{min_length}位</source>
        <translation>Password must be at least {min_length} characters</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="81"/>
        <source>密码首尾不能有空格</source>
        <translation>Password must not begin or end with a space</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="82"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="83"/>
        <source>用户名{username}已存在</source>
        <translation>Username {username} already exists</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="84"/>
        <source>用户名或密码错误</source>
        <translation>Incorrect username or password</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="85"/>
        <source>账号{username}已停用</source>
        <translation>Account {username} is disabled</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="86"/>
        <source>未知角色：{role}</source>
        <translation>Unknown role: {role}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="88"/>
        <source>事项目录中没有编码为{code}的事项</source>
        <translation>The matter catalogue has no matter with code {code}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="89"/>
        <source>未知的收件渠道：{channel}</source>
        <translation>Unknown receipt channel: {channel}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="90"/>
        <source>找不到案件{case}</source>
        <translation>Case {case} not found</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="91"/>
        <source>文件{file}超过大小上限（{limit}字节）</source>
        <translation>File {file} exceeds the size limit ({limit} bytes)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="92"/>
        <source>文件{file}大小与声明不符（应为{expected}字节，实际{actual}字节）</source>
        <translation>File {file} does not match its declared size (expected {expected} bytes, got {actual} bytes)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="93"/>
        <source>文件{file}的SHA-256校验值与声明不符</source>
        <translation>File {file} does not match its declared SHA-256 checksum</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="94"/>
        <source>找不到文件（编号{id}）</source>
        <translation>File not found (ID {id})</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="95"/>
        <source>文件{file}已损坏：校验值与保存时不一致</source>
        <translation>File {file} is corrupted: its checksum differs from the one recorded when it was saved</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="96"/>
        <source>演示数据只能写入没有案件的空数据库</source>
        <translation>Demo data can only be written to an empty database with no cases</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="97"/>
        <source>程序内部错误，详细信息已写入日志：{log}</source>
        <translation>Internal program error; details have been written to the log: {log}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="101"/>
        <source>收件受理员</source>
        <translation>Intake officer</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="102"/>
        <source>审查员</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="103"/>
        <source>审批负责人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="104"/>
        <source>印章管理员</source>
        <translation>Seal keeper</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="105"/>
        <source>备案管理员</source>
        <translation>Filing officer</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="106"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="110"/>
        <source>已收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="111"/>
        <source>待补正</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="112"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="113"/>
        <source>审查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="114"/>
        <location filename="../../approval_app/ui/messages.py" line="145"/>
        <source>中止计时</source>
        <translation>Clock suspended</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="115"/>
        <location filename="../../approval_app/ui/messages.py" line="148"/>
        <source>准予许可</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="116"/>
        <location filename="../../approval_app/ui/messages.py" line="149"/>
        <source>不予许可</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="117"/>
        <location filename="../../approval_app/ui/messages.py" line="142"/>
        <source>不予受理</source>
        <translation>Acceptance refused</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="118"/>
        <source>已制证</source>
        <translation>Permit issued</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="119"/>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="120"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="121"/>
        <source>已备案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="122"/>
        <location filename="../../approval_app/ui/messages.py" line="154"/>
        <source>备案退回</source>
        <translation>Filing returned</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="123"/>
        <source>承诺审批待核查</source>
        <translation>Approved on commitment, awaiting verification</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="127"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="128"/>
        <source>网上</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="132"/>
        <source>行政许可</source>
        <translation>Administrative licence</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="133"/>
        <source>备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="134"/>
        <source>告知承诺</source>
        <translation>Notify-and-commit</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="138"/>
        <source>收件</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="139"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="140"/>
        <source>一次性告知补正</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="141"/>
        <source>补正材料收到</source>
        <translation>Supplementary materials received</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="143"/>
        <source>分派审查</source>
        <translation>Assign for review</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="144"/>
        <source>部门意见</source>
        <translation>Department opinion</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="146"/>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="147"/>
        <source>延长期限</source>
        <translation>Extend the time limit</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="150"/>
        <source>制发证照</source>
        <translation>Permit issued</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="151"/>
        <source>送达</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="152"/>
        <source>申请人撤回</source>
        <translation>Withdrawn by applicant</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="153"/>
        <source>备案登记</source>
        <translation>Filing registered</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="155"/>
        <source>告知承诺当场审批</source>
        <translation>Notify-and-commit approval on the spot</translation>
    </message>
</context>
</TS>
