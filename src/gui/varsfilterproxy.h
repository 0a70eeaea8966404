#pragma once

#include <QSortFilterProxyModel>

namespace kw::gui {

// Filters a VarsModel by section ("BMS") and by text in the name or the value; sorts numbers as
// numbers and names naturally ("[2]" before "[10]"). Values are shown left-aligned: each row is a
// different quantity, so lining up digits compares nothing, while a value right after its type
// reads like the device's own page.
class VarsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VarsFilterProxy(QObject *parent = nullptr);

    // Empty: every section.
    void setSection(const QString &section);
    QString section() const { return m_section; }
    // Case-insensitive substring of the name or the value; empty: every row.
    void setText(const QString &text);
    QString text() const { return m_text; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_section;
    QString m_text;
};

} // namespace kw::gui
