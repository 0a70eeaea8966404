#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace kw::models {

// Search over a LiveValuesModel: keeps the rows whose name, path, value or description contains
// the search text (case-insensitive), together with their parents, and everything below a
// matching section or array variable.
class LiveValuesFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LiveValuesFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Empty text shows everything.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void revealNewMatches(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QString m_searchText;
    QMetaObject::Connection m_dataChanged;
};

} // namespace kw::models
