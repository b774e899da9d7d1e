// The structure view of the findings panel: the document as gwcheck understands it (the
// service's XDocumentStructure::getStructure) in an awt tree control: the elements (标题, 主送机关,
// 正文, 附件说明, 署名, 成文日期, 版记 …) and inside the body and attachments the headings
// 一、/（一）/1./（1）, each node with how many findings its part of the document has.
#pragma once

#include "ui_common.hpp"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>

#include <vector>

namespace gwui {

class StructureView
{
public:
    StructureView(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::awt::tree::XTreeControl>& tree);

    // Shows getStructure's JSON with every node expanded; an empty string empties the tree.
    void show(const OUString& json);
    // The nodes as the tree holds them, depth first, indented two spaces per level: "正文（3）",
    // "  一、总体目标（1）".
    Sequence<OUString> rows() const;
    // The paragraph a row stands for (an element's first, a heading's own); -1 for no such row.
    sal_Int32 paragraphOfRow(sal_Int32 row) const;
    // The row of the node selected in the tree, or -1.
    sal_Int32 selectedRow() const;
    // Selects a row's node in the tree; false for no such row.
    bool selectRow(sal_Int32 row);
    // Whether the row is a heading (what "renumber siblings" acts on).
    bool isHeadingRow(sal_Int32 row) const;
    // The row of the node at a point of the tree's window (a right click), or -1.
    sal_Int32 rowAt(sal_Int32 x, sal_Int32 y) const;
    // Where a row's node is in the tree's window (for a menu opened from the keyboard).
    css::awt::Rectangle rowRect(sal_Int32 row) const;

private:
    // One per node, in the order the tree shows them (depth first); the node's data value is its index.
    struct Entry {
        sal_Int32 paragraph = -1;
        bool heading = false;
        Reference<css::awt::tree::XMutableTreeNode> node;
    };

    Reference<css::uno::XComponentContext> context_;
    Reference<css::awt::tree::XTreeControl> tree_;
    Reference<css::awt::tree::XMutableTreeNode> root_;
    std::vector<Entry> entries_;
};

} // namespace gwui
