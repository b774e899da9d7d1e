#include "ui_common.hpp"

#include "settings.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <osl/module.hxx>

#include <cstring>

using namespace css;

namespace gwui {

namespace {

struct UiText {
    const char* key;
    const char* zh;
    const char* en;
};

// Every text the UI shows. zh-CN first: it is the language of the documents gwcheck checks.
const UiText uiTexts[] = {
    {"panel.title", "公文检查", "Document check"},
    {"panel.recheck", "重新检查", "Check again"},
    {"panel.fixall", "全部修复", "Fix all"},
    {"panel.locate", "定位", "Go to"},
    {"panel.fix", "修复", "Fix"},
    {"panel.ignore", "忽略", "Ignore"},
    {"panel.annotate", "批注", "Comment"},
    {"panel.counts", "错误 {0}　警告 {1}　提示 {2}", "Errors {0}   Warnings {1}   Info {2}"},
    {"panel.clean", "未发现问题。", "No problems found."},
    {"panel.notwriter", "当前文档不是 Writer 文字文档。", "The current document is not a Writer text document."},
    {"panel.group", "{0}（{1}）", "{0} ({1})"},
    {"panel.rulegroup", "{0} {1}（{2}）", "{0} {1} ({2})"},
    {"panel.row", "{0}：{1}", "{0}: {1}"},
    {"panel.start", "文首", "Start"},
    {"panel.fixable.safe", "可一键修复", "safe fix available"},
    {"panel.fixable.confirm", "可修复（需确认）", "fix available (confirm)"},
    {"panel.fixable.none", "需手动修改", "fix by hand"},
    {"panel.detail", "{0}\n位置：{1}（{3}）\n上下文：{2}", "{0}\nWhere: {1} ({3})\nContext: {2}"},
    {"panel.error", "检查失败：{0}", "The check failed: {0}"},
    {"panel.notfound", "找不到该段落，文档可能已被修改。请重新检查。", "That paragraph is gone; the document changed. Check again."},
    // The structure view and the list's grouping (structure_view.cpp, findings_panel.cpp).
    {"structure.title", "文档结构", "Document structure"},
    {"structure.node", "{0}（{1}）", "{0} ({1})"},
    {"panel.groupby.severity", "按级别分组", "Group by severity"},
    {"panel.groupby.rule", "按规则分组", "Group by rule"},
    {"panel.groupby.heading", "按标题分组", "Group by heading"},
    {"structure.renumber", "同级标题重新编号", "Renumber siblings"},
    {"structure.numbered", "同级标题的编号已连续，无需重新编号。", "The siblings are numbered in sequence already."},
    {"structure.promote", "升一级", "Promote"},
    {"structure.demote", "降一级", "Demote"},
    {"severity.error", "错误", "Errors"},
    {"severity.warning", "警告", "Warnings"},
    {"severity.info", "提示", "Info"},
    {"fixall.title", "公文检查：全部修复", "Document check: fix all"},
    {"fixall.confirm", "将自动修复 {0} 处安全问题。\n以下 {1} 处修复需要确认：\n\n{2}\n是否也修复这些？（选“否”只做安全修复）",
     "{0} safe fixes will be applied.\nThese {1} fixes need your confirmation:\n\n{2}\nApply them as well? (No = safe fixes only)"},
    {"fixall.none", "没有可自动修复的问题。", "Nothing can be fixed automatically."},
    {"format.title", "公文排版", "Format as 公文"},
    {"format.confirm",
     "公文排版将按 GB/T 9704-2012 修改以下格式，文字内容不变：\n{0}\n字体、字号、对齐和行距的修改是一步可撤销的操作；"
     "纸张、页边距、版心行数和页码的修改无法撤销（LibreOffice 修改页面样式时会清空撤销记录）。继续吗？",
     "Formatting as 公文 changes this formatting as GB/T 9704-2012 asks; the text stays as it is:\n{0}\n"
     "Fonts, sizes, alignment and spacing are one undo step; paper, margins, lines per page and page numbers "
     "cannot be undone (LibreOffice clears its undo history when a page style changes). Go on?"},
    {"format.none", "格式已符合 GB/T 9704-2012，无需排版。", "The formatting already follows GB/T 9704-2012: nothing to do."},
    {"format.line", "{0}：{1} 处", "{0}: {1}"},
    {"format.kind.page-size", "纸张大小（A4）", "Paper size (A4)"},
    {"format.kind.page-margins", "页边距", "Margins"},
    {"format.kind.text-grid", "版心行数（每页 22 行）", "Lines per page (22)"},
    {"format.kind.page-number", "页码（— 1 —）", "Page numbers (— 1 —)"},
    {"format.kind.font", "字体", "Fonts"},
    {"format.kind.size", "字号", "Font sizes"},
    {"format.kind.bold", "加粗", "Bold"},
    {"format.kind.color", "文字颜色", "Text colour"},
    {"format.kind.highlight", "突出显示", "Highlighting"},
    {"format.kind.alignment", "对齐方式", "Alignment"},
    {"format.kind.line-spacing", "行距与段间距", "Line and paragraph spacing"},
    {"export.title", "检查并导出 PDF", "Check and export as PDF"},
    {"export.confirm", "文档还有 {0} 个错误。仍然导出 PDF 吗？", "The document still has {0} errors. Export as PDF anyway?"},
    {"save.confirm", "文档还有 {0} 个错误（公文检查）。仍然继续吗？", "The document still has {0} errors (document check). Continue anyway?"},
    {"annotate.done", "已插入 {0} 条批注。", "{0} comments inserted."},
    {"annotate.removed", "已删除 {0} 条“公文检查”批注。", "{0} comments by 公文检查 removed."},
    {"annotate.undoremove", "公文检查：删除批注", "Document check: remove comments"},
    {"infobar.primary", "公文检查：发现 {0} 个错误、{1} 个警告。", "Document check: {0} errors, {1} warnings."},
    {"infobar.secondary", "文档已照常保存或导出；提交前请查看并修复。", "The document was saved or exported as usual; review the problems before you submit it."},
    {"infobar.button", "查看问题", "Show problems"},
    {"options.profile", "检查配置：", "Profile:"},
    {"options.profile.report", "报告（report，宽松）", "Report (lenient)"},
    {"options.profile.formal", "正式公文（formal，严格）", "Formal document (strict)"},
    {"options.presubmission", "保存/导出前检查：", "Check on save/export:"},
    {"options.presubmission.off", "关闭", "Off"},
    {"options.presubmission.warn", "提示（信息栏）", "Warn (infobar)"},
    {"options.presubmission.ask", "询问后继续", "Ask before continuing"},
    {"options.arabicdot", "三级标题序号的点：", "Level-3 marker dot:"},
    {"options.arabicdot.either", "均可（1. 或 1．，但全文统一）", "Either (1. or 1．, consistent)"},
    {"options.arabicdot.half", "半角 1.", "Half-width 1."},
    {"options.arabicdot.full", "全角 1．", "Full-width 1．"},
    {"options.allowskip", "允许跳级（一、→ 1.）", "Allow skipping a level (一、 → 1.)"},
    {"options.allowchinesedate", "成文日期可用汉字（二〇二四年五月六日，如讲话稿）",
     "Accept 成文日期 in Chinese numerals (二〇二四年五月六日, e.g. speeches)"},
    {"options.margins", "版心边距（上 下 左 右，毫米）", "Type area margins (top bottom left right, mm)"},
    {"options.titlefonts", "标题字体（、分隔，首个用于修复）", "Title fonts (、-separated; the first is set by fixes)"},
    {"options.livechecking", "输入时以 Writer 语法检查的波浪线标出问题",
     "Underline findings while typing (Writer's grammar checking)"},
    {"options.rules", "规则级别（每行一条，如 HN-10=off，可选 error/warning/info/off）：",
     "Rule severities (one per line, e.g. HN-10=off; error/warning/info/off):"},
    {"options.invalid", "以下规则设置有误，未保存：{0}", "Not saved, these rule settings are wrong: {0}"},
    {"service.missing", "无法创建公文检查服务 org.gwcheck.DocumentChecker（扩展未完整安装？）",
     "Cannot create the org.gwcheck.DocumentChecker service (is the extension fully installed?)"},
};

Reference<awt::XWindowPeer> framePeer(const Reference<frame::XFrame>& frame)
{
    if (!frame.is())
        return {};
    return Reference<awt::XWindowPeer>(frame->getContainerWindow(), uno::UNO_QUERY);
}

short showBox(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
              awt::MessageBoxType type, sal_Int32 buttons, const OUString& title, const OUString& message)
{
    Reference<awt::XMessageBoxFactory> factory(
        context->getServiceManager()->createInstanceWithContext("com.sun.star.awt.Toolkit", context),
        uno::UNO_QUERY_THROW);
    Reference<awt::XMessageBox> box = factory->createMessageBox(framePeer(frame), type, buttons, title, message);
    short result = box->execute();
    Reference<lang::XComponent>(box, uno::UNO_QUERY_THROW)->dispose();
    return result;
}

} // namespace

OUString utf8(const char* text)
{
    return OUString::fromUtf8(text);
}

// The language the service picks for the same LibreOffice (settings.hxx): one rule for both.
OUString uiLanguageTag(const Reference<uno::XComponentContext>& context)
{
    return OUString::createFromAscii(gwcheck::uno::messageLanguage(gwcheck::uno::uiLocale(context)).c_str());
}

bool uiIsChinese(const Reference<uno::XComponentContext>& context)
{
    return uiLanguageTag(context) == "zh-CN";
}

OUString tr(const Reference<uno::XComponentContext>& context, const char* key)
{
    const bool chinese = uiIsChinese(context);
    for (const UiText& text : uiTexts) {
        if (std::strcmp(text.key, key) == 0)
            return utf8(chinese ? text.zh : text.en);
    }
    return OUString::createFromAscii(key);
}

OUString tr(const Reference<uno::XComponentContext>& context, const char* key, std::initializer_list<OUString> arguments)
{
    OUString result = tr(context, key);
    int index = 0;
    for (const OUString& argument : arguments) {
        result = result.replaceAll("{" + OUString::number(index++) + "}", argument);
    }
    return result;
}

OUString preSubmissionMode(const Reference<uno::XComponentContext>& context)
{
    try {
        return OUString::createFromAscii(gwcheck::uno::preSubmissionName(gwcheck::uno::readSettings(context).preSubmission));
    } catch (const gw::ConfigError&) {
        return "warn"; // the check itself will say what is wrong with the settings
    }
}

Reference<org::gwcheck::XDocumentChecker2> createChecker(const Reference<uno::XComponentContext>& context)
{
    Reference<org::gwcheck::XDocumentChecker2> checker(
        context->getServiceManager()->createInstanceWithContext("org.gwcheck.DocumentChecker", context),
        uno::UNO_QUERY);
    if (!checker.is())
        throw uno::RuntimeException(tr(context, "service.missing"));
    return checker;
}

Sequence<beans::PropertyValue> checkerOptions(const Reference<uno::XComponentContext>& context)
{
    Sequence<beans::PropertyValue> options(1);
    options[0].Name = "Language";
    options[0].Value <<= uiLanguageTag(context);
    return options;
}

Reference<lang::XComponent> writerDocument(const Reference<frame::XFrame>& frame)
{
    if (!frame.is())
        return {};
    Reference<frame::XController> controller = frame->getController();
    if (!controller.is())
        return {};
    Reference<lang::XServiceInfo> info(controller->getModel(), uno::UNO_QUERY);
    if (!info.is() || !info->supportsService("com.sun.star.text.TextDocument"))
        return {};
    return Reference<lang::XComponent>(info, uno::UNO_QUERY);
}

int severityRank(const OUString& severity)
{
    if (severity == "error")
        return 0;
    if (severity == "warning")
        return 1;
    return 2;
}

OUString severityLabel(const Reference<uno::XComponentContext>& context, const OUString& severity)
{
    switch (severityRank(severity)) {
    case 0: return tr(context, "severity.error");
    case 1: return tr(context, "severity.warning");
    default: return tr(context, "severity.info");
    }
}

SeverityCounts countSeverities(const Sequence<org::gwcheck::Finding>& findings)
{
    SeverityCounts counts;
    for (const org::gwcheck::Finding& finding : findings) {
        switch (severityRank(finding.Severity)) {
        case 0: ++counts.errors; break;
        case 1: ++counts.warnings; break;
        default: ++counts.infos; break;
        }
    }
    return counts;
}

OUString extensionBaseUrl()
{
    OUString libraryUrl;
    osl::Module::getUrlFromAddress(reinterpret_cast<oslGenericFunction>(&extensionBaseUrl), libraryUrl);
    return libraryUrl.copy(0, libraryUrl.lastIndexOf('/') + 1);
}

void dispatchCommand(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                     const OUString& command, const Sequence<beans::PropertyValue>& arguments)
{
    Reference<frame::XDispatchHelper> helper = frame::DispatchHelper::create(context);
    helper->executeDispatch(Reference<frame::XDispatchProvider>(frame, uno::UNO_QUERY_THROW), command, "", 0, arguments);
}

bool askYesNo(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
              const OUString& title, const OUString& message)
{
    return showBox(context, frame, awt::MessageBoxType_QUERYBOX,
                   awt::MessageBoxButtons::BUTTONS_YES_NO | awt::MessageBoxButtons::DEFAULT_BUTTON_NO, title, message)
        == awt::MessageBoxResults::YES;
}

void showMessage(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                 const OUString& title, const OUString& message)
{
    showBox(context, frame, awt::MessageBoxType_INFOBOX, awt::MessageBoxButtons::BUTTONS_OK, title, message);
}

} // namespace gwui
