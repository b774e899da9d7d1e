// The findings panel: a deck of our own in Writer's sidebar ("GwcheckDeck"), built from
// dialogs/FindingsPanel.xdl. One panel per frame; the commands find it through the frame.
#pragma once

#include "ui_common.hpp"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implbase6.hxx>
#include <rtl/ref.hxx>

#include <vector>

namespace gwui {

constexpr const char* deckId = "GwcheckDeck";
constexpr const char* panelFactoryName = "org.gwcheck.ui.PanelFactory";

class FindingsPanel
    : public cppu::WeakImplHelper6<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::awt::XActionListener, css::awt::XItemListener, css::awt::XWindowListener>
{
public:
    FindingsPanel(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                  const Reference<css::awt::XWindow>& parentWindow, const OUString& resourceUrl);

    // Checks the frame's document again and shows the result.
    void refresh();
    // The list as shown, one string per row (group headings included), for tests and tools.
    Sequence<OUString> rows() const;

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

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    Reference<css::awt::XWindow> parentWindow_;
    OUString resourceUrl_;
    Reference<css::awt::XWindow> window_;
    Reference<css::awt::XControlContainer> controls_;
    std::vector<org::gwcheck::Finding> findings_; // display order
    std::vector<OUString> rows_;
    std::vector<int> rowFinding_; // index into findings_, -1 for group headings
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
