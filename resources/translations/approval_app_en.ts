<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../approval_app/ui/views/action_dialog.py" line="68"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/action_dialog.py" line="69"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/action_dialog.py" line="163"/>
        <source>请填写：{0}</source>
        <translation>Please fill in: {0}</translation>
    </message>
</context>
<context>
    <name>BatchIssueDialog</name>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="66"/>
        <source>批量制证</source>
        <translation>Batch permit issuing</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="79"/>
        <source>已准予许可、待制证的案件共{0}件</source>
        <translation>{0} approved case(s) awaiting permit issue</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="81"/>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="83"/>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="85"/>
        <source>用印并制证</source>
        <translation>Apply seal and issue</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="87"/>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="130"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="119"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="124"/>
        <source>正在制证：{0}</source>
        <translation>Issuing permit: {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="135"/>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="25"/>
        <source>官方日历</source>
        <translation>Official calendar</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="35"/>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="71"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="35"/>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="72"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="35"/>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="73"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="35"/>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="48"/>
        <source>休息日（法定节假日）</source>
        <translation>Rest day (public holiday)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="49"/>
        <source>工作日（调休上班）</source>
        <translation>Working day (make-up working day)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="51"/>
        <source>如：2027年春节</source>
        <translation>e.g. Spring Festival 2027</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="52"/>
        <source>录入</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="54"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="63"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="69"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="99"/>
        <source>{0}年的官方日历已由 chinesecalendar 软件包提供；此处录入的条目会覆盖它。</source>
        <translation>The official calendar for {0} is provided by the chinesecalendar package; entries made here override it.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="100"/>
        <source>{0}年的官方日历已录入完成，期限按录入的日历计算。</source>
        <translation>The official calendar for {0} has been entered in full; time limits are calculated on the entered calendar.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="101"/>
        <source>{0}年的官方日历尚未录入完成：涉及该年的期限按周一至周五暂估，并标注“暂估”。</source>
        <translation>The official calendar for {0} is not yet complete: time limits in that year are provisionally estimated on Monday to Friday and marked “provisional”.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="105"/>
        <source>恢复为暂估</source>
        <translation>Revert to provisional</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="105"/>
        <source>标记本年录入完成</source>
        <translation>Mark this year as complete</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="108"/>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="108"/>
        <source>休息日</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="124"/>
        <source>正在保存并重新计算办理期限……</source>
        <translation>Saving and recalculating time limits…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="147"/>
        <source>标记录入完成</source>
        <translation>Mark as complete</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/calendar_dialog.py" line="148"/>
        <source>确认{0}年的全部法定节假日和调休上班日都已按国务院办公厅通知录入？</source>
        <translation>Confirm that all public holidays and make-up working days of {0} have been entered as announced by the General Office of the State Council?</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="80"/>
        <source>换发证照</source>
        <translation>Reissue permit</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="82"/>
        <source>准予变更或延续后，用印制发新版证照（旧版状态随之更新）</source>
        <translation>After a granted change or renewal, issue the new permit version under the seal (the old version&apos;s status is updated)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="103"/>
        <source>需要角色：{0}</source>
        <translation>Required role: {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="137"/>
        <source>该案件刚刚已被其他工作人员办理，您的操作没有保存。案件已重新读取，请确认后再办理。</source>
        <translation>This case has just been processed by another staff member, so your action was not saved. The case has been reloaded; please check it before proceeding.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="153"/>
        <source>（可选）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="157"/>
        <source>确认申请材料齐全、符合法定形式，予以受理？
将生成《行政许可受理通知书》。</source>
        <translation>Confirm that the application materials are complete and in the statutory form, and accept the application?
A “Notice of Acceptance” will be generated.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="159"/>
        <source>勾选需要补正的全部材料（依法只能一次性告知）。将生成《补正材料通知书》。</source>
        <translation>Tick all materials that need to be supplemented (by law, the applicant may be notified only once). A “Notice to Supplement Materials” will be generated.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="160"/>
        <source>需补正的材料</source>
        <translation>Materials to supplement</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="161"/>
        <source>补充说明</source>
        <translation>Additional remarks</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="163"/>
        <source>勾选申请人已补正的材料。</source>
        <translation>Tick the materials the applicant has supplemented.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="164"/>
        <source>已补正的材料</source>
        <translation>Supplemented materials</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="166"/>
        <source>将生成《不予受理决定书》，告知申请人复议和诉讼权利。</source>
        <translation>A “Decision to Refuse Acceptance” will be generated, informing the applicant of the right to administrative reconsideration and litigation.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="167"/>
        <source>不予受理的理由</source>
        <translation>Reason for refusing to accept</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="168"/>
        <source>应向哪个机关申请</source>
        <translation>Authority to apply to</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="169"/>
        <source>申请事项不属于本机关职权范围的，告知申请人向有关行政机关申请</source>
        <translation>If the application is outside this authority&apos;s competence, tell the applicant which administrative authority to apply to</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="171"/>
        <source>审查员</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="174"/>
        <source>提出意见的部门</source>
        <translation>Department giving the opinion</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="175"/>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="177"/>
        <source>第四十五条规定的程序所需时间不计入审批期限，将生成《特别程序告知书》。</source>
        <translation>Time needed for the procedures under Art. 45 does not count toward the time limit; a “Notice of Special Procedure” will be generated.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="178"/>
        <source>程序</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="179"/>
        <source>预计所需天数</source>
        <translation>Expected number of days</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="180"/>
        <source>事由</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="181"/>
        <source>其他法律依据</source>
        <translation>Other legal basis</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="181"/>
        <source>如该事项的专门法规条款</source>
        <translation>e.g. an article of the matter&apos;s specific regulations</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="183"/>
        <location filename="../../approval_app/ui/views/case_actions.py" line="211"/>
        <location filename="../../approval_app/ui/views/case_actions.py" line="220"/>
        <source>说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="185"/>
        <source>办理期限只能延长一次（10个工作日，联合办理事项15个工作日），须经本机关负责人批准；延期理由将以《延期通知书》书面告知申请人。</source>
        <translation>The time limit can be extended only once (by 10 working days, or 15 for jointly handled matters), with the approval of the head of this authority; the applicant is informed of the reason in writing by a “Notice of Extension”.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="187"/>
        <source>延期理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="188"/>
        <source>批准的负责人</source>
        <translation>Approved by (head)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="190"/>
        <source>将生成《准予行政许可决定书》。</source>
        <translation>A “Decision to Approve the Administrative Licence” will be generated.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="191"/>
        <source>审查意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="192"/>
        <source>经审查，申请材料齐全、符合法定形式，申请人符合法定条件、标准</source>
        <translation>Upon review, the application materials are complete and in the statutory form, and the applicant meets the statutory conditions and standards</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="194"/>
        <source>不予许可必须说明理由，并告知申请人依法享有申请行政复议（60日内）或者提起行政诉讼（6个月内）的权利。</source>
        <translation>A denial must state the reasons and inform the applicant of the right to apply for administrative reconsideration (within 60 days) or to bring an administrative lawsuit (within 6 months).</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="195"/>
        <source>不予许可的理由</source>
        <translation>Reason for denial</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="197"/>
        <source>将生成《送达回证》。</source>
        <translation>A “Proof of Service” will be generated.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="198"/>
        <source>送达方式</source>
        <translation>Delivery method</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="199"/>
        <source>签收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="201"/>
        <source>撤回理由</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="201"/>
        <source>申请人书面申请撤回</source>
        <translation>Withdrawn at the applicant&apos;s written request</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="203"/>
        <source>将生成《备案材料退回通知书》，列明缺少的材料。</source>
        <translation>A “Notice of Return of Filing Materials” listing the missing materials will be generated.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="204"/>
        <source>缺少的材料</source>
        <translation>Missing materials</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="206"/>
        <source>申请人签署告知承诺书、材料齐全的，当场作出审批决定，并由监管部门在核查期限内核查。</source>
        <translation>If the applicant signs the notify-and-commit pledge and the materials are complete, the approval decision is made on the spot, and the supervising department carries out verification within the verification period.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="207"/>
        <source>申请人已签署告知承诺书</source>
        <translation>The applicant has signed the notify-and-commit pledge</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="209"/>
        <source>核查结果</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="210"/>
        <source>符合承诺</source>
        <translation>Commitment met</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="210"/>
        <source>不符合承诺</source>
        <translation>Commitment not met</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="213"/>
        <source>变更事项</source>
        <translation>Items to change</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="215"/>
        <source>准予</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="216"/>
        <source>理由（不予准予时必填）</source>
        <translation>Reason (required if not approved)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="218"/>
        <source>行政许可法第七十条规定的注销情形：</source>
        <translation>Grounds for cancellation under Art. 70 of the Administrative Licensing Law:</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="219"/>
        <source>注销情形</source>
        <translation>Ground for cancellation</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="222"/>
        <source>行政许可法第六十九条：以欺骗、贿赂等不正当手段取得行政许可的，应当予以撤销。</source>
        <translation>Administrative Licensing Law, Art. 69: an administrative licence obtained by fraud, bribery or other improper means shall be revoked.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="223"/>
        <source>撤销情形</source>
        <translation>Ground for revocation</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="224"/>
        <source>撤销理由</source>
        <translation>Reason for revocation</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="225"/>
        <source>材料齐全、符合法定形式，当场作出准予行政许可决定？</source>
        <translation>The materials are complete and in the statutory form. Make an approval decision on the spot?</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="226"/>
        <source>材料齐全，予以备案并生成《备案回执》？备案信息将推送监管部门。</source>
        <translation>The materials are complete. Accept the filing and generate a “Filing Receipt”? The filing information will be sent to the supervising department.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="227"/>
        <source>制发许可证件？</source>
        <translation>Issue the permit?</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_actions.py" line="227"/>
        <source>登记延续申请？</source>
        <translation>Register the renewal application?</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="46"/>
        <source>在左侧列表中选择一件案件查看详情</source>
        <translation>Select a case in the list on the left to view its details</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="57"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="57"/>
        <source>内容</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="58"/>
        <location filename="../../approval_app/ui/views/case_detail.py" line="65"/>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="58"/>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="58"/>
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="58"/>
        <source>原件/复印件</source>
        <translation>Original/Copy</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="59"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="59"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="60"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="60"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="60"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="60"/>
        <source>状态变化</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="61"/>
        <source>理由/说明</source>
        <translation>Reason/Remarks</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="61"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="61"/>
        <source>终端</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="62"/>
        <location filename="../../approval_app/ui/views/case_detail.py" line="80"/>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="62"/>
        <source>文号</source>
        <translation>Document No.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="62"/>
        <source>生成时间</source>
        <translation>Generated at</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="62"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="63"/>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="64"/>
        <source>申请表</source>
        <translation>Application form</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="66"/>
        <source>办理记录</source>
        <translation>Processing history</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="72"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="72"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="72"/>
        <source>导出PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="73"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="73"/>
        <source>全部导出…</source>
        <translation>Export all…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="114"/>
        <source>正在读取案件……</source>
        <translation>Loading case…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="119"/>
        <source>无（当前环节不计时）</source>
        <translation>None (the current step is not timed)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="122"/>
        <source>暂估：该年官方日历尚未录入，按周一至周五计算</source>
        <translation>Provisional: the official calendar for that year has not been entered; calculated on Monday to Friday</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="124"/>
        <source>收件后5个工作日内未作处理，依法视为自收件之日起受理（第三十二条）</source>
        <translation>Not handled within 5 working days of receipt; deemed accepted by law as of the date of receipt (Art. 32)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="125"/>
        <source>中止计时中（第四十五条），预计{0}日</source>
        <translation>Clock suspended (Art. 45), expected {0} days</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="127"/>
        <source>已延长期限一次（第四十二条）</source>
        <translation>Time limit extended once (Art. 42)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="128"/>
        <source>有效期届满前未作决定，依法视为准予延续（第五十条）</source>
        <translation>No decision before expiry; renewal deemed approved by law (Art. 50)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="142"/>
        <source>（校验位不符，经办人说明：{0}）</source>
        <translation> (check digit mismatch; officer&apos;s note: {0})</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="143"/>
        <source>第{0}版</source>
        <translation>version {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="145"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="146"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="148"/>
        <source>原主管部门</source>
        <translation>Original competent department</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="149"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="150"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="151"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="152"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="153"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="154"/>
        <source>收件渠道</source>
        <translation>Receipt channel</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="155"/>
        <source>收件时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="156"/>
        <source>办理期限</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="159"/>
        <source>证件状态</source>
        <translation>Permit status</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="166"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="166"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="168"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/case_detail.py" line="168"/>
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
        <location filename="../../approval_app/ui/models/case_table.py" line="186"/>
        <source>临近期限</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="188"/>
        <source>该期限跨入官方日历尚未覆盖的年份，按工作日（周一至周五）暂估，待管理员录入该年日历后确定</source>
        <translation>This due date falls in a year not yet covered by the official calendar; it is provisionally estimated on working days (Monday to Friday) and will be finalised once an administrator enters that year&apos;s calendar</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="184"/>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/models/case_table.py" line="211"/>
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
    <name>IntakeDialog</name>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="155"/>
        <source>新建收件</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="163"/>
        <source>输入事项名称或编码查找</source>
        <translation>Type a matter name or code to search</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="186"/>
        <source>历史登记代码校验位不符时，写明核对情况（记入办理记录）</source>
        <translation>If the check digit of a legacy registration code does not match, describe how it was verified (recorded in the processing history)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="187"/>
        <source>代码不符说明</source>
        <translation>Code mismatch note</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="201"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="203"/>
        <source>统一社会信用代码*</source>
        <translation>Unified social credit code*</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="204"/>
        <source>名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="205"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="206"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="207"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="208"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="214"/>
        <source>申请表</source>
        <translation>Application form</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="218"/>
        <source>申请材料</source>
        <translation>Application materials</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="220"/>
        <source>申请人已签署告知承诺书，材料齐全的当场作出审批决定</source>
        <translation>The applicant has signed the notify-and-commit pledge; if the materials are complete, the approval decision is made on the spot</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="222"/>
        <source>材料齐全，当场作出准予许可决定（第三十四条）</source>
        <translation>Materials complete; approve on the spot (Art. 34)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="228"/>
        <source>事项*</source>
        <translation>Matter*</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="244"/>
        <source>保存并生成收件凭证（Ctrl+S）</source>
        <translation>Save and generate receipt (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="248"/>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="450"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="309"/>
        <source>{0}；原主管部门：{1}；法定时限{2}个工作日，承诺时限{3}个工作日</source>
        <translation>{0}; original competent department: {1}; legal time limit {2} working days, promised time limit {3} working days</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="337"/>
        <source>18位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="338"/>
        <source>18位身份证号码</source>
        <translation>18-character resident ID number</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="338"/>
        <source>手机或区号-电话</source>
        <translation>Mobile or area code-number</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="414"/>
        <source>请选择事项</source>
        <translation>Please select a matter</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="429"/>
        <source>有{0}处需要更正，已在对应栏目下方标出</source>
        <translation>{0} item(s) need correcting; they are marked below the fields concerned</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="450"/>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="457"/>
        <source>正在保存扫描件：{0}</source>
        <translation>Saving scan: {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="475"/>
        <source>已取消，未保存任何内容</source>
        <translation>Cancelled; nothing was saved</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="497"/>
        <source>放弃收件</source>
        <translation>Discard case</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="497"/>
        <source>已填写的内容尚未保存，确定放弃？</source>
        <translation>What you have entered has not been saved. Discard it?</translation>
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
        <location filename="../../approval_app/ui/views/main_window.py" line="41"/>
        <source>审批工作站</source>
        <translation>Approval Workstation</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="43"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="63"/>
        <source>案件编号 / 企业名称 / 统一社会信用代码</source>
        <translation>Case No. / Company name / USCC</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="65"/>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="67"/>
        <source>我的案件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="69"/>
        <source>证照30日内届满</source>
        <translation>Permits expiring within 30 days</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="71"/>
        <source>有效期在30日内届满的证照：提醒持证人依法在届满30日前申请延续</source>
        <translation>Permits whose validity ends within 30 days: remind the holder to apply for renewal at least 30 days before expiry, as required by law</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="72"/>
        <location filename="../../approval_app/ui/views/main_window.py" line="180"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="74"/>
        <source>新建收件</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="76"/>
        <source>新建收件（Ctrl+N）</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="81"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="83"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="85"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="140"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="142"/>
        <source>当前用户：{0}（{1}）</source>
        <translation>Current user: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="174"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="175"/>
        <source>新建收件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="184"/>
        <source>查找案件</source>
        <translation>Find case</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="189"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="193"/>
        <source>办理(&amp;C)</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="196"/>
        <source>印章(&amp;Z)</source>
        <translation>&amp;Seal</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="197"/>
        <source>批量制证…</source>
        <translation>Batch issue permits…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="202"/>
        <source>校验用印登记簿</source>
        <translation>Verify seal register</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="205"/>
        <source>更换本局印章…</source>
        <translation>Change bureau seal…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="209"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="211"/>
        <source>工作人员账号…</source>
        <translation>Staff accounts…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="214"/>
        <source>官方日历…</source>
        <translation>Official calendar…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="217"/>
        <location filename="../../approval_app/ui/views/main_window.py" line="244"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="223"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="224"/>
        <location filename="../../approval_app/ui/views/main_window.py" line="249"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="244"/>
        <source>界面语言将在下次启动时生效。</source>
        <translation>The interface language will take effect the next time the application starts.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="249"/>
        <source>审批工作站 {0}
一枚印章管审批</source>
        <translation>Approval Workstation {0}
One seal manages approvals</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="258"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="259"/>
        <source>全部事项</source>
        <translation>All matters</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="260"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="285"/>
        <source>正在查询……</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="293"/>
        <source>共 {0} 件</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="333"/>
        <source>{0}：已办理，当前状态“{1}”</source>
        <translation>{0}: done; current status “{1}”</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="335"/>
        <source>；已生成{0}</source>
        <translation>; generated {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="347"/>
        <source>不能办理</source>
        <translation>Action not possible</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="368"/>
        <source>正在发送到打印机……</source>
        <translation>Sending to printer…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="370"/>
        <source>已发送到打印机</source>
        <translation>Sent to printer</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="377"/>
        <source>导出文书</source>
        <translation>Export document</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="384"/>
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="397"/>
        <source>导出加盖印章的PDF</source>
        <translation>Export sealed PDF</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="409"/>
        <source>已导出加盖印章并签名的PDF：{0}</source>
        <translation>Exported sealed and signed PDF: {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="422"/>
        <source>导出到文件夹</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="426"/>
        <source>正在导出文书……</source>
        <translation>Exporting documents…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="426"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="435"/>
        <source>已导出{0}份文书（{1}）到 {2}</source>
        <translation>Exported {0} document(s) ({1}) to {2}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="441"/>
        <source>已取消导出</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="445"/>
        <source>正在导出文书 {0}</source>
        <translation>Exporting document {0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="486"/>
        <source>请输入本局印章证书（第{0}版，{1}）的密码，本次登录期间有效。</source>
        <translation>Enter the password of the bureau seal certificate (version {0}, {1}); it stays valid for this session.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="488"/>
        <source>本机没有安全的系统密钥环（{0}），密码不会被保存，每次登录后需重新输入。</source>
        <translation>This computer has no secure system keyring ({0}); the password will not be saved and must be entered again after each sign-in.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="495"/>
        <source>解锁印章</source>
        <translation>Unlock seal</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="496"/>
        <source>保存到系统密钥环（本机）</source>
        <translation>Save to the system keyring (this computer)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="513"/>
        <source>用印确认</source>
        <translation>Confirm seal application</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="514"/>
        <source>用印须由印章管理员确认：请输入您的登录密码。本次用印将记入用印登记簿。</source>
        <translation>Applying the seal must be confirmed by a seal keeper: enter your sign-in password. This application of the seal will be entered in the seal register.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="534"/>
        <source>已用印制证{0}件</source>
        <translation>Sealed and issued {0} permit(s)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="536"/>
        <source>；{0}件未能制证：</source>
        <translation>; {0} could not be issued: </translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="548"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="579"/>
        <source>正在校验用印登记簿……</source>
        <translation>Checking the seal register…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="587"/>
        <location filename="../../approval_app/ui/views/main_window.py" line="589"/>
        <source>用印登记簿</source>
        <translation>Seal register</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="587"/>
        <source>共{0}条，哈希链逐条校验通过。</source>
        <translation>{0} entries; the hash chain verified entry by entry.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="590"/>
        <source>第{0}条记录之后哈希链不再成立（{1}）。请立即报告。</source>
        <translation>The hash chain breaks after entry {0} ({1}). Report this immediately.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="598"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/main_window.py" line="607"/>
        <source>已更换本局印章，记入用印登记簿</source>
        <translation>Bureau seal changed; recorded in the seal register</translation>
    </message>
</context>
<context>
    <name>MaterialsTable</name>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="54"/>
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="54"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="54"/>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="54"/>
        <source>原件/复印件</source>
        <translation>Original/Copy</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="55"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="55"/>
        <source>扫描件（可拖入）</source>
        <translation>Scan (drag and drop)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="76"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="76"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="80"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="81"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="88"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="111"/>
        <source>选择扫描件</source>
        <translation>Choose scan</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/intake_dialog.py" line="112"/>
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.ofd);;所有文件 (*)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.ofd);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="37"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>SealAdminDialog</name>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="145"/>
        <source>更换本局印章</source>
        <translation>Change bureau seal</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="155"/>
        <source>证书文件（PKCS#12）</source>
        <translation>Certificate file (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="156"/>
        <source>印章图片（PNG，透明背景）</source>
        <translation>Seal image (PNG, transparent background)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="159"/>
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="163"/>
        <source>证书密码</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="164"/>
        <source>印章名称</source>
        <translation>Seal name</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="165"/>
        <source>当前印章：{0}
更换后旧印章停用，但其签发的文书仍可核验。更换记入用印登记簿。</source>
        <translation>Current seal: {0}
After the change the old seal is retired, but documents it signed can still be verified. The change is entered in the seal register.</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="178"/>
        <source>选择文件</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/seal_dialogs.py" line="188"/>
        <source>请选择证书文件和印章图片</source>
        <translation>Choose the certificate file and the seal image</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="19"/>
        <source>工作人员账号</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="22"/>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="42"/>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="22"/>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="43"/>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="22"/>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="46"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="44"/>
        <source>初始密码（至少8位）</source>
        <translation>Initial password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="45"/>
        <source>再次输入密码</source>
        <translation>Re-enter password</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="50"/>
        <location filename="../../approval_app/ui/views/users_dialog.py" line="53"/>
        <source>新建账号</source>
        <translation>New account</translation>
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
        <location filename="../../approval_app/ui/app.py" line="99"/>
        <source>正在打开数据库……</source>
        <translation>Opening database…</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/app.py" line="102"/>
        <source>事项目录有错误，请联系系统管理员：
{0}</source>
        <translation>The matter catalogue contains errors. Please contact the administrator:
{0}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/app.py" line="108"/>
        <source>正在生成演示数据……</source>
        <translation>Generating demo data…</translation>
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
        <source>您没有办理“{action}”的权限（需要角色：{role}）</source>
        <translation>You do not have permission for “{action}” (required role: {role})</translation>
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
        <location filename="../../approval_app/ui/messages.py" line="98"/>
        <source>案件当前状态为“{status}”，不能办理“{action}”</source>
        <translation>The case status is “{status}”; “{action}” is not possible</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="99"/>
        <source>案件已经收件</source>
        <translation>The case has already been received</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="100"/>
        <source>“{action}”的{field}填写不正确</source>
        <translation>{field} for “{action}” is filled in incorrectly</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="101"/>
        <source>办理“{action}”必须填写{field}</source>
        <translation>“{action}” requires {field}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="102"/>
        <source>“{action}”的日期早于上一个办理环节</source>
        <translation>The date of “{action}” is earlier than the previous step</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="103"/>
        <source>办理记录必须从收件开始</source>
        <translation>The processing history must start with receipt</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="104"/>
        <source>未知的办理环节：{action}</source>
        <translation>Unknown processing step: {action}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="105"/>
        <source>材料不齐全，缺少：{names}</source>
        <translation>Materials incomplete; missing: {names}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="106"/>
        <source>补正告知只能一次性发出（行政许可法第三十二条），本案已发出过</source>
        <translation>A supplement notice can be given only once (Administrative Licensing Law, Art. 32), and one has already been given in this case</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="107"/>
        <source>已超过收件后5个工作日（{deadline}），不能再告知补正，依法视为自收件之日起受理</source>
        <translation>More than 5 working days have passed since receipt ({deadline}); a supplement can no longer be requested, and the application is deemed accepted by law as of the date of receipt</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="108"/>
        <source>补正告知必须一次列明全部缺少的材料，还缺：{names}</source>
        <translation>A supplement notice must list all missing materials at once; still missing: {names}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="109"/>
        <source>已超过收件后5个工作日（{deadline}），依法视为受理，只能作出准予或不予许可的决定</source>
        <translation>More than 5 working days have passed since receipt ({deadline}): the application is deemed accepted by law, and only an approval or denial decision can be made</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="110"/>
        <source>办理期限已于{deadline}届满，不能再延长</source>
        <translation>The time limit expired on {deadline}; it can no longer be extended</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="111"/>
        <source>办理期限只能延长一次</source>
        <translation>The time limit can be extended only once</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="112"/>
        <source>该事项不适用当场作出决定</source>
        <translation>On-the-spot decisions do not apply to this matter</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="113"/>
        <source>申请人尚未签署告知承诺书</source>
        <translation>The applicant has not signed the notify-and-commit pledge</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="114"/>
        <source>该事项不制发许可证件</source>
        <translation>No permit is issued for this matter</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="115"/>
        <source>{username}不是在岗的审查员</source>
        <translation>{username} is not an active reviewer</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="116"/>
        <source>材料齐全，不需要退回，请直接备案</source>
        <translation>The materials are complete and nothing needs to be returned; file it directly</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="117"/>
        <source>没有待决定的申请</source>
        <translation>No application awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="118"/>
        <source>该证件没有有效期，无需延续</source>
        <translation>This permit has no expiry date; no renewal is needed</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="119"/>
        <source>证件已{status}，不能再办理</source>
        <translation>Permit status: {status}; no further action is possible</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="120"/>
        <source>已有未办结的证件变更或延续申请</source>
        <translation>A change or renewal application for this permit is already pending</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="121"/>
        <source>延续申请应在有效期届满30日前（{latest}之前）提出，证件有效期至{expiry}</source>
        <translation>A renewal application must be made at least 30 days before expiry (before {latest}); the permit is valid until {expiry}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="122"/>
        <source>有效期已于{expiry}届满而未作决定，依法视为准予延续（行政许可法第五十条），只能登记为准予延续</source>
        <translation>The permit expired on {expiry} without a decision; renewal is deemed granted by law (Art. 50) and can only be recorded as granted</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="152"/>
        <source>程序内部错误，详细信息已写入日志，请联系系统管理员</source>
        <translation>Internal program error; the details are in the log. Please contact the administrator</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="124"/>
        <source>文书模板{template}中的字段“{field}”无法识别，请检查模板</source>
        <translation>Document template {template}: field “{field}” is not recognised; check the template</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="125"/>
        <source>找不到文书模板：{template}</source>
        <translation>Document template not found: {template}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="126"/>
        <source>文书模板{template}无法打开（不是有效的Word文档）</source>
        <translation>Document template {template} cannot be opened (not a valid Word document)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="127"/>
        <source>本案尚未办理“{action}”，不能生成该文书</source>
        <translation>“{action}” has not been done for this case; the document cannot be generated</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="128"/>
        <source>未知的文书种类：{kind}</source>
        <translation>Unknown document type: {kind}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="129"/>
        <source>找不到文书（编号{id}）</source>
        <translation>Document not found (ID {id})</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="130"/>
        <source>找不到要上传的文件：{file}</source>
        <translation>File to upload not found: {file}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="131"/>
        <source>本机未安装 LibreOffice，无法转换为PDF；请安装 LibreOffice 或在 Word 中另存为PDF</source>
        <translation>LibreOffice is not installed on this computer, so conversion to PDF is not possible; install LibreOffice or save as PDF in Word</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="132"/>
        <source>转换为PDF失败：{detail}</source>
        <translation>Conversion to PDF failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="134"/>
        <source>尚未启用本局印章，请系统管理员导入印章证书和印章图片</source>
        <translation>No bureau seal is in use yet; ask the administrator to import the seal certificate and seal image</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="135"/>
        <source>印章证书密码不正确</source>
        <translation>Incorrect seal certificate password</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="136"/>
        <source>证书文件中缺少私钥或证书</source>
        <translation>The certificate file lacks the private key or the certificate</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="137"/>
        <source>不支持该证书的密钥类型（应为RSA或ECDSA）</source>
        <translation>Unsupported certificate key type (must be RSA or ECDSA)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="138"/>
        <source>印章证书已于{until}过期</source>
        <translation>The seal certificate expired on {until}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="139"/>
        <source>印章图片应为PNG格式</source>
        <translation>The seal image must be a PNG file</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="140"/>
        <source>该印章证书已经导入过（指纹{fingerprint}…）</source>
        <translation>This seal certificate has already been imported (fingerprint {fingerprint}…)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="141"/>
        <source>用印确认失败：密码不正确</source>
        <translation>Seal confirmation failed: incorrect password</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="142"/>
        <source>案件{case}没有已制发的证照</source>
        <translation>Case {case} has no issued permit</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="143"/>
        <source>没有已准予的变更或延续，无需换发证照</source>
        <translation>No approved change or renewal; there is no permit to reissue</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="144"/>
        <source>该文书不需要加盖印章</source>
        <translation>This document does not take the seal</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="145"/>
        <source>不支持的导出格式：{suffix}（可选 .csv、.json、.xlsx）</source>
        <translation>Unsupported export format: {suffix} (choose .csv, .json or .xlsx)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="147"/>
        <source>请填写说明（如“2027年春节”）</source>
        <translation>Enter a description (e.g. “Spring Festival 2027”)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="148"/>
        <source>结束日期{end}早于开始日期{start}</source>
        <translation>End date {end} is earlier than start date {start}</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="149"/>
        <source>一次最多录入{days}天</source>
        <translation>At most {days} days can be entered at a time</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="150"/>
        <source>{year}年还没有录入任何节假日，不能标记为录入完成</source>
        <translation>No holidays have been entered for {year} yet; it cannot be marked as complete</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="151"/>
        <source>{year}年的官方日历已由软件包提供，无需标记</source>
        <translation>The official calendar for {year} is provided by the package; it need not be marked</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="156"/>
        <source>收件受理员</source>
        <translation>Intake officer</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="157"/>
        <source>审查员</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="158"/>
        <source>审批负责人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="159"/>
        <source>印章管理员</source>
        <translation>Seal keeper</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="160"/>
        <source>备案管理员</source>
        <translation>Filing officer</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="161"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="165"/>
        <source>已收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="166"/>
        <source>待补正</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="167"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="168"/>
        <source>审查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="169"/>
        <location filename="../../approval_app/ui/messages.py" line="200"/>
        <source>中止计时</source>
        <translation>Clock suspended</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="170"/>
        <location filename="../../approval_app/ui/messages.py" line="203"/>
        <source>准予许可</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="171"/>
        <location filename="../../approval_app/ui/messages.py" line="204"/>
        <source>不予许可</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="172"/>
        <location filename="../../approval_app/ui/messages.py" line="197"/>
        <source>不予受理</source>
        <translation>Acceptance refused</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="173"/>
        <source>已制证</source>
        <translation>Permit issued</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="174"/>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="175"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="176"/>
        <source>已备案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="177"/>
        <location filename="../../approval_app/ui/messages.py" line="209"/>
        <source>备案退回</source>
        <translation>Filing returned</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="178"/>
        <source>承诺审批待核查</source>
        <translation>Approved on commitment, awaiting verification</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="182"/>
        <source>窗口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="183"/>
        <source>网上</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="187"/>
        <source>行政许可</source>
        <translation>Administrative licence</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="188"/>
        <source>备案</source>
        <translation>Filing</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="189"/>
        <source>告知承诺</source>
        <translation>Notify-and-commit</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="193"/>
        <location filename="../../approval_app/ui/messages.py" line="224"/>
        <source>收件</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="194"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="195"/>
        <source>一次性告知补正</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="196"/>
        <source>补正材料收到</source>
        <translation>Supplementary materials received</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="198"/>
        <source>分派审查</source>
        <translation>Assign for review</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="199"/>
        <source>部门意见</source>
        <translation>Department opinion</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="201"/>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="202"/>
        <source>延长期限</source>
        <translation>Extend the time limit</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="205"/>
        <source>制发证照</source>
        <translation>Permit issued</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="206"/>
        <source>送达</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="207"/>
        <location filename="../../approval_app/ui/messages.py" line="259"/>
        <source>申请人撤回</source>
        <translation>Withdrawn by applicant</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="208"/>
        <source>备案登记</source>
        <translation>Filing registered</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="210"/>
        <source>告知承诺当场审批</source>
        <translation>Notify-and-commit approval on the spot</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="211"/>
        <source>当场作出准予许可决定</source>
        <translation>Approved on the spot</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="212"/>
        <source>承诺核查</source>
        <translation>Commitment verification</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="213"/>
        <source>申请变更</source>
        <translation>Change application</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="214"/>
        <source>变更决定</source>
        <translation>Change decision</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="215"/>
        <source>申请延续</source>
        <translation>Renewal application</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="216"/>
        <source>延续决定</source>
        <translation>Renewal decision</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="217"/>
        <location filename="../../approval_app/ui/messages.py" line="231"/>
        <source>注销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="218"/>
        <location filename="../../approval_app/ui/messages.py" line="232"/>
        <source>撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="219"/>
        <source>新建账号</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="220"/>
        <source>录入官方日历</source>
        <translation>Official calendar entered</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="221"/>
        <source>更换印章</source>
        <translation>Seal changed</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="222"/>
        <source>用印</source>
        <translation>Seal applied</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="223"/>
        <source>标记日历录入完成</source>
        <translation>Calendar marked complete</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="228"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="229"/>
        <source>已延续</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="230"/>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="233"/>
        <source>未制发</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="237"/>
        <source>受理期限（收件后5个工作日内受理、不予受理或一次性告知补正）</source>
        <translation>Acceptance deadline (accept, refuse to accept or issue a one-time supplement notice within 5 working days of receipt)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="238"/>
        <source>办结期限（作出许可决定）</source>
        <translation>Decision deadline (licensing decision)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="239"/>
        <source>制证送达期限（决定后10个工作日内）</source>
        <translation>Permit issue and delivery deadline (within 10 working days of the decision)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="240"/>
        <source>承诺核查期限（监管部门）</source>
        <translation>Commitment verification deadline (supervising department)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="241"/>
        <source>延续决定期限（有效期届满前）</source>
        <translation>Renewal decision deadline (before expiry)</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="255"/>
        <source>注销许可</source>
        <translation>Cancel licence</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="256"/>
        <source>撤销许可</source>
        <translation>Revoke licence</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="257"/>
        <source>登记变更申请</source>
        <translation>Register change application</translation>
    </message>
    <message>
        <location filename="../../approval_app/ui/messages.py" line="258"/>
        <source>登记延续申请</source>
        <translation>Register renewal application</translation>
    </message>
</context>
</TS>
