#include "structure_view.hpp"

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/tree/XMutableTreeDataModel.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/view/SelectionType.hpp>

#include <nlohmann/json.hpp>

using namespace css;

namespace gwui {

namespace {

using Json = nlohmann::json;

// Findings of a node and of everything under it.
std::size_t subtreeFindings(const Json& node)
{
    std::size_t count = node["findings"].size();
    for (const Json& child : node["children"])
        count += subtreeFindings(child);
    return count;
}

OUString fromUtf8(const std::string& text)
{
    return OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

} // namespace

StructureView::StructureView(const Reference<uno::XComponentContext>& context,
                             const Reference<awt::tree::XTreeControl>& tree)
    : context_(context), tree_(tree)
{
    Reference<awt::XControl> control(tree_, uno::UNO_QUERY_THROW);
    Reference<beans::XPropertySet> model(control->getModel(), uno::UNO_QUERY_THROW);
    model->setPropertyValue("SelectionType", uno::Any(view::SelectionType_SINGLE));
    model->setPropertyValue("RootDisplayed", uno::Any(false));
    model->setPropertyValue("ShowsHandles", uno::Any(true));
    model->setPropertyValue("ShowsRootHandles", uno::Any(true));
    model->setPropertyValue("Editable", uno::Any(false));
}

void StructureView::show(const OUString& json)
{
    entries_.clear();
    const Reference<awt::tree::XMutableTreeDataModel> data(
        context_->getServiceManager()->createInstanceWithContext("com.sun.star.awt.tree.MutableTreeDataModel", context_),
        uno::UNO_QUERY_THROW);
    root_ = data->createNode(uno::Any(OUString()), false);
    data->setRoot(root_);

    const bool chinese = uiIsChinese(context_);
    // Looked up once: tr() reads the UI language from the configuration each time. The count
    // goes in first, so that a "{0}" typed in a heading is not taken for a placeholder.
    const OUString nodePattern = tr(context_, "structure.node");
    // Depth first, so that entries_ is in the order the tree shows its nodes.
    const auto add = [&](const auto& self, const Json& node, const Reference<awt::tree::XMutableTreeNode>& parent) -> void {
        const bool heading = node["kind"] == "heading";
        const std::string name = heading ? node["marker"].get<std::string>() + node["text"].get<std::string>()
                                         : node[chinese ? "nameZh" : "nameEn"].get<std::string>();
        const std::size_t count = subtreeFindings(node);
        const OUString label = count == 0 ? fromUtf8(name)
                                          : nodePattern.replaceFirst("{1}", OUString::number(sal_Int64(count)))
                                                .replaceFirst("{0}", fromUtf8(name));
        Entry entry;
        entry.paragraph = node[heading ? "paragraph" : "first"].get<sal_Int32>();
        entry.heading = heading;
        entry.node = data->createNode(uno::Any(label), false);
        entry.node->setDataValue(uno::Any(sal_Int32(entries_.size())));
        parent->appendChild(entry.node);
        entries_.push_back(entry);
        for (const Json& child : node["children"])
            self(self, child, entry.node);
    };
    if (!json.isEmpty()) {
        const Json structure = Json::parse(json.toUtf8().getStr());
        for (const Json& node : structure["nodes"])
            add(add, node, root_);
    }

    Reference<awt::XControl> control(tree_, uno::UNO_QUERY_THROW);
    Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW)
        ->setPropertyValue("DataModel", uno::Any(Reference<awt::tree::XTreeDataModel>(data, uno::UNO_QUERY_THROW)));
    for (const Entry& entry : entries_)
        if (entry.node->getChildCount() > 0)
            tree_->expandNode(Reference<awt::tree::XTreeNode>(entry.node.get()));
}

// Read back from the tree's data model, so that what tests see is what the control shows.
Sequence<OUString> StructureView::rows() const
{
    std::vector<OUString> out;
    const auto walk = [&](const auto& self, const Reference<awt::tree::XTreeNode>& node, const OUString& indent) -> void {
        for (sal_Int32 i = 0; i < node->getChildCount(); ++i) {
            const Reference<awt::tree::XTreeNode> child = node->getChildAt(i);
            OUString label;
            child->getDisplayValue() >>= label;
            out.push_back(indent + label);
            self(self, child, indent + "  ");
        }
    };
    if (root_.is())
        walk(walk, Reference<awt::tree::XTreeNode>(root_.get()), OUString());
    return Sequence<OUString>(out.data(), static_cast<sal_Int32>(out.size()));
}

sal_Int32 StructureView::paragraphOfRow(sal_Int32 row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= entries_.size())
        return -1;
    return entries_[static_cast<std::size_t>(row)].paragraph;
}

sal_Int32 StructureView::selectedRow() const
{
    Reference<awt::tree::XMutableTreeNode> node(tree_->getSelection(), uno::UNO_QUERY);
    sal_Int32 row = -1;
    if (node.is())
        node->getDataValue() >>= row;
    return row;
}

bool StructureView::isHeadingRow(sal_Int32 row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < entries_.size() && entries_[static_cast<std::size_t>(row)].heading;
}

sal_Int32 StructureView::rowAt(sal_Int32 x, sal_Int32 y) const
{
    Reference<awt::tree::XMutableTreeNode> node(tree_->getNodeForLocation(x, y), uno::UNO_QUERY);
    sal_Int32 row = -1;
    if (node.is())
        node->getDataValue() >>= row;
    return row;
}

awt::Rectangle StructureView::rowRect(sal_Int32 row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= entries_.size())
        return awt::Rectangle();
    return tree_->getNodeRect(Reference<awt::tree::XTreeNode>(entries_[static_cast<std::size_t>(row)].node.get()));
}

bool StructureView::selectRow(sal_Int32 row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= entries_.size())
        return false;
    return tree_->select(uno::Any(entries_[static_cast<std::size_t>(row)].node));
}

} // namespace gwui
