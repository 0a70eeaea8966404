#include "varsfilterproxy.h"

#include "modelroles.h"
#include "varsmodel.h"

namespace kw::gui {
namespace {

// Digit runs compare as numbers ("[2]" < "[10]"), the rest case-insensitively. Hand-made because
// QCollator ignores its numeric mode in the C locale.
int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            QStringView digitsA = a.mid(i, endA - i);
            QStringView digitsB = b.mid(j, endB - j);
            while (digitsA.size() > 1 && digitsA.front() == u'0')
                digitsA = digitsA.mid(1);
            while (digitsB.size() > 1 && digitsB.front() == u'0')
                digitsB = digitsB.mid(1);
            if (digitsA.size() != digitsB.size())
                return digitsA.size() < digitsB.size() ? -1 : 1;
            if (const int c = digitsA.compare(digitsB); c != 0)
                return c;
            i = endA;
            j = endB;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return 0;
}

} // namespace

VarsFilterProxy::VarsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void VarsFilterProxy::setSection(const QString &section)
{
    if (section == m_section)
        return;
    m_section = section;
    invalidateFilter();
}

void VarsFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

QVariant VarsFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::TextAlignmentRole && index.column() == models::VarsModel::ValueColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    return QSortFilterProxyModel::data(index, role);
}

bool VarsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source || sourceParent.isValid())
        return false;
    const QString name = source->index(sourceRow, models::VarsModel::NameColumn).data().toString();
    if (!m_section.isEmpty()
        && !(name.startsWith(m_section) && name.size() > m_section.size()
             && name.at(m_section.size()) == u'.'))
        return false;
    if (m_text.isEmpty())
        return true;
    return name.contains(m_text, Qt::CaseInsensitive)
        || source->index(sourceRow, models::VarsModel::ValueColumn)
               .data()
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

bool VarsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(models::NumericValueRole);
    const QVariant b = right.data(models::NumericValueRole);
    if (a.isValid() && b.isValid())
        return a.toDouble() < b.toDouble();
    // Numbers before text, so a sorted value column starts with the quantities.
    if (a.isValid() != b.isValid())
        return a.isValid();
    return naturalCompare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace kw::gui
