#include "findings_panel.hpp"

#include "commands.hpp"
#include "document_actions.hpp"

#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyModifier.hpp>
#include <com/sun/star/awt/MouseButton.hpp>
#include <com/sun/star/awt/XPopupMenu.hpp>
#include <com/sun/star/awt/PopupMenuDirection.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <org/gwcheck/XDocumentStructure.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <rtl/ustrbuf.hxx>

#include <algorithm>
#include <iterator>
#include <map>
#include <mutex>
#include <utility>

using namespace css;

namespace gwui {

namespace {

std::mutex registryMutex;
std::map<frame::XFrame*, rtl::Reference<FindingsPanel>> panelsByFrame;

void registerPanel(frame::XFrame* frame, const rtl::Reference<FindingsPanel>& panel)
{
    std::lock_guard<std::mutex> lock(registryMutex);
    panelsByFrame[frame] = panel;
}

void unregisterPanel(frame::XFrame* frame, FindingsPanel* panel)
{
    std::lock_guard<std::mutex> lock(registryMutex);
    auto found = panelsByFrame.find(frame);
    if (found != panelsByFrame.end() && found->second.get() == panel)
        panelsByFrame.erase(found);
}

const char* const buttonNames[] = {"btnRecheck", "btnFixAll", "btnFormat", "btnLocate", "btnFix", "btnIgnore", "btnAnnotate"};
// The buttons under the list that act on the selected finding, left to right.
const char* const findingButtons[] = {"btnLocate", "btnFix", "btnIgnore", "btnAnnotate"};

// A text of tr() with "{0}", "{1}"… replaced by the arguments, in one pass over the text.
OUString formatText(const OUString& pattern, std::initializer_list<OUString> arguments)
{
    rtl::OUStringBuffer out(pattern.getLength() + 64);
    for (sal_Int32 i = 0; i < pattern.getLength(); ++i) {
        const sal_Unicode c = pattern[i];
        if (c == '{' && i + 2 < pattern.getLength() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            static_cast<std::size_t>(pattern[i + 1] - '0') < arguments.size()) {
            out.append(*(arguments.begin() + (pattern[i + 1] - '0')));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out.makeStringAndClear();
}

} // namespace

FindingsPanel::FindingsPanel(const Reference<uno::XComponentContext>& context, const Reference<frame::XFrame>& frame,
                             const Reference<awt::XWindow>& parentWindow, const OUString& resourceUrl)
    : context_(context), frame_(frame), parentWindow_(parentWindow), resourceUrl_(resourceUrl)
{
    Reference<awt::XContainerWindowProvider> provider = awt::ContainerWindowProvider::create(context_);
    window_ = provider->createContainerWindow(extensionBaseUrl() + "dialogs/FindingsPanel.xdl", "",
                                              Reference<awt::XWindowPeer>(parentWindow_, uno::UNO_QUERY_THROW), nullptr);
    controls_.set(window_, uno::UNO_QUERY_THROW);

    setLabel("btnRecheck", tr(context_, "panel.recheck"));
    setLabel("btnFixAll", tr(context_, "panel.fixall"));
    setLabel("btnFormat", tr(context_, "format.title"));
    setLabel("btnLocate", tr(context_, "panel.locate"));
    setLabel("btnFix", tr(context_, "panel.fix"));
    setLabel("btnIgnore", tr(context_, "panel.ignore"));
    setLabel("btnAnnotate", tr(context_, "panel.annotate"));
    for (const char* name : buttonNames) {
        Reference<awt::XButton> button(control(name), uno::UNO_QUERY_THROW);
        button->setActionCommand(OUString::createFromAscii(name));
        button->addActionListener(this);
    }
    Reference<awt::XListBox> list(control("lstFindings"), uno::UNO_QUERY_THROW);
    list->addItemListener(this);
    list->addActionListener(this); // double click = go to

    // The structure view: the tree, and the dropdown that groups the list.
    setLabel("lblStructure", tr(context_, "structure.title"));
    const Reference<awt::tree::XTreeControl> tree(control("treeStructure"), uno::UNO_QUERY_THROW);
    structure_ = std::make_unique<StructureView>(context_, tree);
    tree->addSelectionChangeListener(this);
    control("treeStructure")->addMouseListener(this);
    control("treeStructure")->addKeyListener(this);
    Reference<awt::XListBox> grouping(control("lstGroupBy"), uno::UNO_QUERY_THROW);
    const char* const groupings[] = {"panel.groupby.severity", "panel.groupby.rule", "panel.groupby.heading"};
    for (const char* key : groupings)
        grouping->addItem(tr(context_, key), grouping->getItemCount());
    grouping->selectItemPos(static_cast<sal_Int16>(groupBy_), true);
    grouping->addItemListener(this);

    parentWindow_->addWindowListener(this);
    window_->addWindowListener(this);
    const awt::Rectangle parentSize = parentWindow_->getPosSize();
    window_->setPosSize(0, 0, parentSize.Width, parentSize.Height, awt::PosSize::POSSIZE);
    window_->setVisible(true);
    refresh();
}

Reference<awt::XWindow> FindingsPanel::control(const char* name) const
{
    return Reference<awt::XWindow>(controls_->getControl(OUString::createFromAscii(name)), uno::UNO_QUERY_THROW);
}

void FindingsPanel::setLabel(const char* name, const OUString& label)
{
    Reference<awt::XControl> target(control(name), uno::UNO_QUERY_THROW);
    Reference<beans::XPropertySet> model(target->getModel(), uno::UNO_QUERY_THROW);
    model->setPropertyValue("Label", uno::Any(label));
}

sal_Int16 FindingsPanel::getType()
{
    return ui::UIElementType::TOOLPANEL;
}

Reference<uno::XInterface> FindingsPanel::getRealInterface()
{
    return static_cast<ui::XToolPanel*>(this);
}

Reference<accessibility::XAccessible> FindingsPanel::createAccessible(const Reference<accessibility::XAccessible>&)
{
    return Reference<accessibility::XAccessible>(window_, uno::UNO_QUERY);
}

ui::LayoutSize FindingsPanel::getHeightForWidth(sal_Int32)
{
    // Room for a useful list; the sidebar gives it all the height the deck has.
    return ui::LayoutSize(320, -1, 560);
}

sal_Int32 FindingsPanel::getMinimalWidth()
{
    // The sidebar opens at least this wide; narrower, the deck scrolls sideways (7.4 gives the
    // panel's window about 350 px whatever it is asked for).
    return 360;
}

void FindingsPanel::layout()
{
    const awt::Rectangle size = window_->getPosSize();
    const sal_Int32 margin = 6, gap = 4, buttonHeight = 28, textHeight = 20, detailHeight = 96;
    const sal_Int32 width = std::max<sal_Int32>(size.Width - 2 * margin, 100);
    sal_Int32 y = margin;
    control("lblCounts")->setPosSize(margin, y, width, textHeight, awt::PosSize::POSSIZE);
    y += textHeight + gap;
    const sal_Int32 thirdWidth = (width - 2 * gap) / 3;
    control("btnRecheck")->setPosSize(margin, y, thirdWidth, buttonHeight, awt::PosSize::POSSIZE);
    control("btnFixAll")->setPosSize(margin + thirdWidth + gap, y, thirdWidth, buttonHeight, awt::PosSize::POSSIZE);
    control("btnFormat")->setPosSize(margin + 2 * (thirdWidth + gap), y, thirdWidth, buttonHeight, awt::PosSize::POSSIZE);
    y += buttonHeight + gap;
    const sal_Int32 bottomPart = detailHeight + gap + buttonHeight + margin;
    // The tree gets two fifths of the height the lists share, the findings the rest.
    const sal_Int32 shared = std::max<sal_Int32>(size.Height - y - bottomPart - 3 * gap - 2 * textHeight, 160);
    const sal_Int32 treeHeight = shared * 2 / 5, listHeight = shared - treeHeight;
    control("lblStructure")->setPosSize(margin, y, width, textHeight, awt::PosSize::POSSIZE);
    y += textHeight;
    control("treeStructure")->setPosSize(margin, y, width, treeHeight, awt::PosSize::POSSIZE);
    y += treeHeight + gap;
    control("lstGroupBy")->setPosSize(margin, y, width, textHeight + 4, awt::PosSize::POSSIZE);
    y += textHeight + 4 + gap;
    control("lstFindings")->setPosSize(margin, y, width, listHeight, awt::PosSize::POSSIZE);
    y += listHeight + gap;
    control("lblDetail")->setPosSize(margin, y, width, detailHeight, awt::PosSize::POSSIZE);
    y += detailHeight + gap;
    const sal_Int32 count = sal_Int32(std::size(findingButtons));
    const sal_Int32 buttonWidth = (width - (count - 1) * gap) / count;
    for (sal_Int32 i = 0; i < count; ++i)
        control(findingButtons[i])->setPosSize(margin + i * (buttonWidth + gap), y, buttonWidth, buttonHeight,
                                               awt::PosSize::POSSIZE);
}

void FindingsPanel::refresh()
{
    findings_.clear();
    OUString summary, structure;
    const Reference<lang::XComponent> document = writerDocument(frame_);
    if (!document.is()) {
        summary = tr(context_, "panel.notwriter");
    } else {
        try {
            const Reference<org::gwcheck::XDocumentChecker2> checker = createChecker(context_);
            const Sequence<org::gwcheck::Finding> found = checker->check(document, checkerOptions(context_));
            findings_.assign(found.begin(), found.end()); // document order; fillList sorts
            // The service keeps this check: the structure costs no second read of the document.
            const Reference<org::gwcheck::XDocumentStructure> structureOf(checker, uno::UNO_QUERY);
            if (structureOf.is())
                structure = structureOf->getStructure(document, checkerOptions(context_));
            const SeverityCounts counts = countSeverities(found);
            summary = findings_.empty()
                ? tr(context_, "panel.clean")
                : tr(context_, "panel.counts", {OUString::number(counts.errors), OUString::number(counts.warnings),
                                                OUString::number(counts.infos)});
        } catch (const uno::Exception& error) {
            summary = tr(context_, "panel.error", {error.Message});
        }
    }
    try {
        structure_->show(structure);
    } catch (const std::exception& error) { // JSON not as docs/report-schema.md says: no tree, no crash
        structure_->show(OUString());
        summary = tr(context_, "panel.error", {OUString::createFromAscii(error.what())});
    }
    Reference<awt::XFixedText>(control("lblCounts"), uno::UNO_QUERY_THROW)->setText(summary);
    fillList();
}

void FindingsPanel::groupBy(GroupBy mode)
{
    groupBy_ = mode;
    Reference<awt::XListBox>(control("lstGroupBy"), uno::UNO_QUERY_THROW)->selectItemPos(static_cast<sal_Int16>(mode), true);
    fillList();
}

// The list in the grouping asked for; each group heading says how many it holds.
void FindingsPanel::fillList()
{
    rows_.clear();
    rowFinding_.clear();
    // The texts are looked up once per list, not per row (tr() reads the UI language from the
    // configuration each time).
    const OUString rowPattern = tr(context_, "panel.row"), groupPattern = tr(context_, "panel.group"),
                   rulePattern = tr(context_, "panel.rulegroup"), start = tr(context_, "panel.start");
    const auto whereOf = [&](const org::gwcheck::Finding& finding) {
        return finding.Location.isEmpty() ? start : finding.Location;
    };
    const auto addGroup = [&](const OUString& row) {
        rows_.push_back(row);
        rowFinding_.push_back(-1);
    };
    const auto addFinding = [&](std::size_t index, const OUString& lead) {
        rows_.push_back("      " + formatText(rowPattern, {lead, findings_[index].Message}));
        rowFinding_.push_back(static_cast<int>(index));
    };
    const auto ruleGroup = [&](std::size_t first, std::size_t end) {
        return formatText(rulePattern, {findings_[first].Rule, findings_[first].Slug, OUString::number(sal_Int64(end - first))});
    };
    using Finding = org::gwcheck::Finding;
    // Document order (the service's) first: each grouping keeps it inside its groups.
    std::stable_sort(findings_.begin(), findings_.end(), [](const Finding& a, const Finding& b) {
        return a.Paragraph != b.Paragraph ? a.Paragraph < b.Paragraph : a.Start < b.Start;
    });
    switch (groupBy_) {
    case GroupBy::Severity:
        // By severity, errors first, then by rule.
        std::stable_sort(findings_.begin(), findings_.end(), [](const Finding& a, const Finding& b) {
            const int rankA = severityRank(a.Severity), rankB = severityRank(b.Severity);
            return rankA != rankB ? rankA < rankB : a.Rule.compareTo(b.Rule) < 0;
        });
        for (std::size_t i = 0; i < findings_.size();) {
            const int rank = severityRank(findings_[i].Severity);
            std::size_t severityEnd = i;
            while (severityEnd < findings_.size() && severityRank(findings_[severityEnd].Severity) == rank)
                ++severityEnd;
            addGroup(formatText(groupPattern, {severityLabel(context_, findings_[i].Severity),
                                               OUString::number(sal_Int64(severityEnd - i))}));
            while (i < severityEnd) {
                std::size_t ruleEnd = i;
                while (ruleEnd < severityEnd && findings_[ruleEnd].Rule == findings_[i].Rule)
                    ++ruleEnd;
                addGroup("  " + ruleGroup(i, ruleEnd));
                for (; i < ruleEnd; ++i)
                    addFinding(i, whereOf(findings_[i]));
            }
        }
        break;
    case GroupBy::Rule:
        std::stable_sort(findings_.begin(), findings_.end(),
                         [](const Finding& a, const Finding& b) { return a.Rule.compareTo(b.Rule) < 0; });
        for (std::size_t i = 0; i < findings_.size();) {
            std::size_t end = i;
            while (end < findings_.size() && findings_[end].Rule == findings_[i].Rule)
                ++end;
            addGroup(ruleGroup(i, end));
            for (; i < end; ++i)
                addFinding(i, whereOf(findings_[i]));
        }
        break;
    case GroupBy::Heading:
        // The heading path, in document order.
        for (std::size_t i = 0; i < findings_.size();) {
            std::size_t end = i;
            while (end < findings_.size() && findings_[end].Location == findings_[i].Location)
                ++end;
            addGroup(formatText(groupPattern, {whereOf(findings_[i]), OUString::number(sal_Int64(end - i))}));
            for (; i < end; ++i)
                addFinding(i, findings_[i].Rule);
        }
        break;
    }

    Reference<awt::XListBox> list(control("lstFindings"), uno::UNO_QUERY_THROW);
    list->removeItems(0, list->getItemCount());
    list->addItems(Sequence<OUString>(rows_.data(), static_cast<sal_Int32>(rows_.size())), 0);
    // The first finding is selected, so that 定位/修复/忽略 work at once.
    const auto first = std::find_if(rowFinding_.begin(), rowFinding_.end(), [](int index) { return index >= 0; });
    if (first != rowFinding_.end())
        list->selectItemPos(static_cast<sal_Int16>(first - rowFinding_.begin()), true);
    showSelection();
}

Sequence<OUString> FindingsPanel::rows() const
{
    return Sequence<OUString>(rows_.data(), static_cast<sal_Int32>(rows_.size()));
}

const org::gwcheck::Finding* FindingsPanel::selectedFinding() const
{
    Reference<awt::XListBox> list(control("lstFindings"), uno::UNO_QUERY_THROW);
    const sal_Int16 row = list->getSelectedItemPos();
    if (row < 0 || row >= static_cast<sal_Int16>(rowFinding_.size()) || rowFinding_[row] < 0)
        return nullptr;
    return &findings_[rowFinding_[row]];
}

void FindingsPanel::showSelection()
{
    const org::gwcheck::Finding* finding = selectedFinding();
    OUString detail;
    if (finding) {
        const char* fixText = finding->FixKind == "A"   ? "panel.fixable.safe"
                              : finding->FixKind == "C" ? "panel.fixable.confirm"
                                                        : "panel.fixable.none";
        detail = tr(context_, "panel.detail",
                    {finding->Rule + " " + finding->Message,
                     finding->Location.isEmpty() ? tr(context_, "panel.start") : finding->Location,
                     finding->Context, tr(context_, fixText)});
    }
    showProblem(detail);
    control("btnLocate")->setEnable(finding != nullptr);
    control("btnFix")->setEnable(finding != nullptr && !finding->FixKind.isEmpty());
    control("btnIgnore")->setEnable(finding != nullptr);
    control("btnAnnotate")->setEnable(finding != nullptr);
    control("btnFixAll")->setEnable(!findings_.empty());
}

void FindingsPanel::showProblem(const OUString& text)
{
    Reference<awt::XFixedText>(control("lblDetail"), uno::UNO_QUERY_THROW)->setText(text);
}

void FindingsPanel::actionPerformed(const awt::ActionEvent& event)
{
    try {
        // The commands refresh this panel after changing the document.
        const OUString& command = event.ActionCommand;
        if (command == "btnRecheck") {
            refresh();
        } else if (command == "btnFixAll") {
            fixAll(context_, frame_, true, false);
        } else if (command == "btnFormat") {
            formatDocument(context_, frame_, true);
        } else if (const org::gwcheck::Finding* finding = selectedFinding()) {
            const OUString key = finding->Key; // the list is rebuilt under it
            bool done = true;
            if (command == "btnFix")
                done = fixFinding(context_, frame_, key);
            else if (command == "btnIgnore")
                done = ignoreFinding(context_, frame_, key);
            else if (command == "btnAnnotate")
                done = annotate(context_, frame_, false, key) > 0;
            else // btnLocate, or a double click in the list
                done = locateFinding(context_, frame_, key);
            if (!done)
                showProblem(tr(context_, "panel.notfound"));
        }
    } catch (const uno::Exception& error) {
        showProblem(tr(context_, "panel.error", {error.Message}));
    }
}

void FindingsPanel::itemStateChanged(const awt::ItemEvent& event)
{
    if (event.Source == Reference<uno::XInterface>(control("lstGroupBy"), uno::UNO_QUERY)) {
        if (event.Selected >= 0 && event.Selected <= static_cast<sal_Int32>(GroupBy::Heading))
            groupBy(static_cast<GroupBy>(event.Selected));
        return;
    }
    showSelection();
}

Sequence<OUString> FindingsPanel::structureRows() const
{
    return structure_->rows();
}

bool FindingsPanel::goToStructureRow(sal_Int32 row)
{
    if (!structure_->selectRow(row))
        return false;
    return goToParagraph(structure_->paragraphOfRow(row));
}

bool FindingsPanel::renumberStructureRow(sal_Int32 row)
{
    const Reference<lang::XComponent> document = writerDocument(frame_);
    const Reference<org::gwcheck::XDocumentStructure> structure(createChecker(context_), uno::UNO_QUERY);
    if (!document.is() || !structure.is() || !structure_->isHeadingRow(row))
        return false;
    const sal_Int32 edits =
        structure->renumberSiblings(document, structure_->paragraphOfRow(row), checkerOptions(context_));
    refresh();
    return edits > 0;
}

bool FindingsPanel::moveStructureRow(sal_Int32 row, sal_Int32 levels)
{
    const Reference<lang::XComponent> document = writerDocument(frame_);
    const Reference<org::gwcheck::XDocumentStructure> structure(createChecker(context_), uno::UNO_QUERY);
    if (!document.is() || !structure.is() || !structure_->isHeadingRow(row))
        return false;
    const sal_Int32 paragraph = structure_->paragraphOfRow(row);
    const OUString refusal = structure->headingMoveRefusal(document, paragraph, levels, checkerOptions(context_));
    if (!refusal.isEmpty()) {
        showProblem(refusal);
        return false;
    }
    const sal_Int32 edits = structure->moveHeading(document, paragraph, levels, checkerOptions(context_));
    refresh();
    return edits > 0;
}

void FindingsPanel::openNodeMenu(sal_Int32 row, sal_Int32 x, sal_Int32 y)
{
    if (!structure_->isHeadingRow(row))
        return;
    structure_->selectRow(row);
    const Reference<awt::XPopupMenu> menu(
        context_->getServiceManager()->createInstanceWithContext("com.sun.star.awt.PopupMenu", context_),
        uno::UNO_QUERY_THROW);
    constexpr sal_Int16 renumberItem = 1, promoteItem = 2, demoteItem = 3;
    menu->insertItem(renumberItem, tr(context_, "structure.renumber"), 0, 0);
    menu->insertItem(promoteItem, tr(context_, "structure.promote"), 0, 1);
    menu->insertItem(demoteItem, tr(context_, "structure.demote"), 0, 2);
    // A move the service refuses is offered disabled.
    const Reference<lang::XComponent> document = writerDocument(frame_);
    const Reference<org::gwcheck::XDocumentStructure> structure(createChecker(context_), uno::UNO_QUERY);
    const sal_Int32 paragraph = structure_->paragraphOfRow(row);
    for (const auto& [item, levels] : {std::pair<sal_Int16, sal_Int32>{promoteItem, -1}, {demoteItem, 1}}) {
        const bool possible = document.is() && structure.is() &&
                              structure->headingMoveRefusal(document, paragraph, levels, checkerOptions(context_)).isEmpty();
        menu->enableItem(item, possible);
    }
    const Reference<awt::XWindowPeer> peer(Reference<awt::XControl>(control("treeStructure"), uno::UNO_QUERY_THROW)->getPeer());
    switch (menu->execute(peer, awt::Rectangle(x, y, 0, 0), awt::PopupMenuDirection::EXECUTE_DEFAULT)) {
    case renumberItem:
        if (!renumberStructureRow(row))
            showProblem(tr(context_, "structure.numbered"));
        break;
    case promoteItem: moveStructureRow(row, -1); break;
    case demoteItem: moveStructureRow(row, 1); break;
    default: break;
    }
}

void FindingsPanel::mousePressed(const awt::MouseEvent& event)
{
    // The right button's press itself: on 7.4 the tree control passes no PopupTrigger event on
    // (seen under Xvfb with xdotool). A PopupTrigger event, should one come too, is left alone,
    // so that the menu never opens twice.
    if (event.Buttons != awt::MouseButton::RIGHT || event.PopupTrigger)
        return;
    try {
        openNodeMenu(structure_->rowAt(event.X, event.Y), event.X, event.Y);
    } catch (const uno::Exception& error) {
        showProblem(tr(context_, "panel.error", {error.Message}));
    }
}

void FindingsPanel::keyPressed(const awt::KeyEvent& event)
{
    const bool shiftF10 = event.KeyCode == awt::Key::F10 && event.Modifiers == awt::KeyModifier::SHIFT;
    if (!shiftF10 && event.KeyCode != awt::Key::CONTEXTMENU)
        return;
    try {
        // Under the selected node, as a menu opened from the keyboard is placed.
        const sal_Int32 row = structure_->selectedRow();
        const awt::Rectangle node = structure_->rowRect(row);
        openNodeMenu(row, node.X + node.Width / 4, node.Y + node.Height);
    } catch (const uno::Exception& error) {
        showProblem(tr(context_, "panel.error", {error.Message}));
    }
}

void FindingsPanel::selectionChanged(const lang::EventObject&)
{
    try {
        const sal_Int32 paragraph = structure_->paragraphOfRow(structure_->selectedRow());
        if (paragraph >= 0 && !goToParagraph(paragraph))
            showProblem(tr(context_, "panel.notfound"));
    } catch (const uno::Exception& error) {
        showProblem(tr(context_, "panel.error", {error.Message}));
    }
}

// Selects the paragraph in the document; the service maps the paragraph number of its kept
// check to Writer's text, as it does for findings.
bool FindingsPanel::goToParagraph(sal_Int32 paragraph)
{
    const Reference<lang::XComponent> document = writerDocument(frame_);
    const Reference<org::gwcheck::XDocumentStructure> structure(createChecker(context_), uno::UNO_QUERY);
    if (!document.is() || !structure.is() || paragraph < 0)
        return false;
    const Reference<text::XTextRange> range(structure->locateParagraph(document, paragraph, checkerOptions(context_)),
                                            uno::UNO_QUERY);
    return range.is() && selectRange(document, range);
}

void FindingsPanel::windowResized(const awt::WindowEvent& event)
{
    if (event.Source == parentWindow_) {
        window_->setPosSize(0, 0, event.Width, event.Height, awt::PosSize::SIZE);
        return;
    }
    layout();
}

void FindingsPanel::disposing(const lang::EventObject& event)
{
    if (event.Source == parentWindow_ || event.Source == window_)
        unregisterPanel(frame_.get(), this);
}

Reference<ui::XUIElement> PanelFactory::createUIElement(const OUString& resourceUrl,
                                                        const Sequence<beans::PropertyValue>& arguments)
{
    Reference<frame::XFrame> frame;
    Reference<awt::XWindow> parentWindow;
    for (const beans::PropertyValue& argument : arguments) {
        if (argument.Name == "Frame")
            argument.Value >>= frame;
        else if (argument.Name == "ParentWindow")
            argument.Value >>= parentWindow;
    }
    if (!frame.is() || !parentWindow.is())
        throw lang::IllegalArgumentException("gwcheck panel: Frame and ParentWindow are required", *this, 1);
    rtl::Reference<FindingsPanel> panel = new FindingsPanel(context_, frame, parentWindow, resourceUrl);
    registerPanel(frame.get(), panel);
    return panel.get();
}

sal_Bool PanelFactory::supportsService(const OUString& name)
{
    return cppu::supportsService(this, name);
}

Sequence<OUString> PanelFactory::getSupportedServiceNames()
{
    Sequence<OUString> names(1);
    names[0] = "com.sun.star.ui.UIElementFactory";
    return names;
}

rtl::Reference<FindingsPanel> panelOf(const Reference<frame::XFrame>& frame)
{
    std::lock_guard<std::mutex> lock(registryMutex);
    auto found = panelsByFrame.find(frame.get());
    return found == panelsByFrame.end() ? rtl::Reference<FindingsPanel>() : found->second;
}

void showPanel(const Reference<frame::XFrame>& frame)
{
    Reference<frame::XController2> controller(frame->getController(), uno::UNO_QUERY_THROW);
    Reference<ui::XSidebarProvider> sidebar = controller->getSidebar();
    if (!sidebar.is())
        return;
    sidebar->setVisible(true);
    sidebar->showDecks(true);
    Reference<ui::XDecks> decks = sidebar->getDecks();
    const OUString id = OUString::createFromAscii(deckId);
    if (decks.is() && decks->hasByName(id)) {
        Reference<ui::XDeck> deck(decks->getByName(id), uno::UNO_QUERY_THROW);
        // activate() toggles: on the deck shown it closes it (LibreOffice's click on its tab), so
        // every other "check" closed the panel.
        if (!deck->isActive())
            deck->activate(true);
    }
}

void refreshPanel(const Reference<frame::XFrame>& frame)
{
    const rtl::Reference<FindingsPanel> panel = panelOf(frame);
    if (panel.is())
        panel->refresh();
}

} // namespace gwui
