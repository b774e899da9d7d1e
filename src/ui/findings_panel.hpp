// The findings panel: a deck of our own in Writer's sidebar ("GwcheckDeck"), built from
// dialogs/FindingsPanel.xdl. One panel per frame; the commands find it through the frame.
#pragma once

#include "structure_view.hpp"
#include "ui_common.hpp"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>
#include <com/sun/star/awt/XMouseListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implbase9.hxx>
#include <rtl/ref.hxx>

#include <memory>
#include <vector>

namespace gwui {

constexpr const char* deckId = "GwcheckDeck";
constexpr const char* panelFactoryName = "org.gwcheck.ui.PanelFactory";

class FindingsPanel
    : public cppu::WeakImplHelper9<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::awt::XActionListener, css::awt::XItemListener, css::awt::XWindowListener,
                                   css::view::XSelectionChangeListener, css::awt::XMouseListener,
                                   css::awt::XKeyListener>
{
public:
    FindingsPanel(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                  const Reference<css::awt::XWindow>& parentWindow, const OUString& resourceUrl);

    // Checks the frame's document again and shows the result.
    void refresh();
    // The list as shown, one string per row (group headings included), for tests and tools.
    Sequence<OUString> rows() const;

    // ---- The structure view and the list's grouping ----
    enum class GroupBy : sal_Int16 { Severity, Rule, Heading }; // the dropdown's entries, in order
    // Groups the list anew ("severity" then rule, "rule", or "heading": the heading path).
    void groupBy(GroupBy mode);
    // The structure tree as shown (StructureView::rows).
    Sequence<OUString> structureRows() const;
    // Selects the tree's node of this row and the node's paragraph in the document, as a click
    // on the node does; false when there is no such row or paragraph.
    bool goToStructureRow(sal_Int32 row);
    // A heading node's context action: renumbers the heading and its siblings through the
    // service (one undo step) and checks again; false when the row is no heading or nothing
    // needed renumbering.
    bool renumberStructureRow(sal_Int32 row);
    // A heading node's context actions 升一级 / 降一级: moves the heading and its subtree one level
    // up (levels = -1) or down (1) through the service (one undo step) and checks again; false
    // when the row is no heading or the service refuses the move (the reason is shown below the list).
    bool moveStructureRow(sal_Int32 row, sal_Int32 levels);

    // XUIElement
    Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
    OUString SAL_CALL getResourceURL() override { return resourceUrl_; }
    sal_Int16 SAL_CALL getType() override;
    Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
    // XToolPanel
    Reference<css::awt::XWindow> SAL_CALL getWindow() override { return window_; }
    Reference<css::accessibility::XAccessible> SAL_CALL createAccessible(
        const Reference<css::accessibility::XAccessible>& parent) override;
    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;
    // XActionListener
    void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override;
    // XItemListener
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override;
    // XSelectionChangeListener: a click on a node of the structure tree
    void SAL_CALL selectionChanged(const css::lang::EventObject& event) override;
    // XMouseListener: a right click on a heading node opens its context menu
    void SAL_CALL mousePressed(const css::awt::MouseEvent& event) override;
    void SAL_CALL mouseReleased(const css::awt::MouseEvent&) override {}
    void SAL_CALL mouseEntered(const css::awt::MouseEvent&) override {}
    void SAL_CALL mouseExited(const css::awt::MouseEvent&) override {}
    // XKeyListener: Shift+F10 or the context-menu key on the tree opens the selected node's menu
    void SAL_CALL keyPressed(const css::awt::KeyEvent& event) override;
    void SAL_CALL keyReleased(const css::awt::KeyEvent&) override {}
    // XWindowListener
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    // XEventListener
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

private:
    Reference<css::awt::XWindow> control(const char* name) const;
    void setLabel(const char* control, const OUString& label);
    void layout();
    const org::gwcheck::Finding* selectedFinding() const;
    void showSelection();
    void showProblem(const OUString& text);
    void fillList();
    bool goToParagraph(sal_Int32 paragraph);
    // The context menu of a heading row at a point of the tree's window: renumber, promote, demote.
    void openNodeMenu(sal_Int32 row, sal_Int32 x, sal_Int32 y);

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    Reference<css::awt::XWindow> parentWindow_;
    OUString resourceUrl_;
    Reference<css::awt::XWindow> window_;
    Reference<css::awt::XControlContainer> controls_;
    std::vector<org::gwcheck::Finding> findings_; // display order
    std::vector<OUString> rows_;
    std::vector<int> rowFinding_; // index into findings_, -1 for group headings
    GroupBy groupBy_ = GroupBy::Severity;
    std::unique_ptr<StructureView> structure_;
};

// Creates the panel when the sidebar asks for private:resource/toolpanel/GwcheckPanelFactory/…
class PanelFactory : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo>
{
public:
    explicit PanelFactory(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    Reference<css::ui::XUIElement> SAL_CALL createUIElement(
        const OUString& resourceUrl, const Sequence<css::beans::PropertyValue>& arguments) override;

    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(panelFactoryName); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    Reference<css::uno::XComponentContext> context_;
};

// The frame's panel when the sidebar has created it.
rtl::Reference<FindingsPanel> panelOf(const Reference<css::frame::XFrame>& frame);
// Shows the sidebar with our deck; a panel created by this checks the document itself.
void showPanel(const Reference<css::frame::XFrame>& frame);
// Refreshes the frame's panel if there is one.
void refreshPanel(const Reference<css::frame::XFrame>& frame);

} // namespace gwui
