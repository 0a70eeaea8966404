#include "livevaluesfilterproxy.h"

#include "livevaluesmodel.h"
#include "modelroles.h"

namespace kw::models {

LiveValuesFilterProxy::LiveValuesFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A matching variable keeps its section; a matching section keeps its variables.
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void LiveValuesFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    disconnect(m_dataChanged);
    QSortFilterProxyModel::setSourceModel(model);
    // Connected after the base class, so this runs once Qt has handled the change.
    if (model)
        m_dataChanged = connect(model, &QAbstractItemModel::dataChanged, this,
                                &LiveValuesFilterProxy::revealNewMatches);
}

// Qt 6.4's recursive filter shows the parent of a row that starts to match after a poll, but not
// always the row itself (when the parent was hidden). A matching row that is still unmapped here
// was missed: filter again. Rare (a value starts to match), and only while searching.
void LiveValuesFilterProxy::revealNewMatches(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_searchText.isEmpty() || !topLeft.isValid())
        return;
    const QModelIndex parent = topLeft.parent();
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (!mapFromSource(sourceModel()->index(row, 0, parent)).isValid()
            && filterAcceptsRow(row, parent)) {
            invalidateFilter();
            return;
        }
    }
}

void LiveValuesFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateFilter();
}

bool LiveValuesFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchText.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const auto contains = [&](int column, int role) {
        const QModelIndex index = source->index(sourceRow, column, sourceParent);
        return index.data(role).toString().contains(m_searchText, Qt::CaseInsensitive);
    };
    return contains(LiveValuesModel::NameColumn, Qt::DisplayRole)
        || contains(LiveValuesModel::NameColumn, PathRole)
        || contains(LiveValuesModel::ValueColumn, Qt::DisplayRole)
        || contains(LiveValuesModel::DescriptionColumn, Qt::DisplayRole);
}

} // namespace kw::models
