#include "logfilterproxymodel.h"

#include "logmodel.h"
#include "modelroles.h"

namespace kw::models {

using senec::SenecLogLevel;

namespace {

constexpr SenecLogLevel AllLevels[] = {SenecLogLevel::Unknown, SenecLogLevel::Info,
                                       SenecLogLevel::Warning, SenecLogLevel::Error,
                                       SenecLogLevel::Panic};

} // namespace

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    for (SenecLogLevel level : AllLevels)
        m_levelMask |= bitOf(level);
    setSortRole(NumericValueRole);
}

void LogFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    disconnect(m_categoriesConnection);
    m_logModel = qobject_cast<LogModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (m_logModel)
        m_categoriesConnection = connect(m_logModel.data(), &LogModel::categoriesChanged, this,
                                         &LogFilterProxyModel::categoriesChanged);
    emit categoriesChanged();
}

void LogFilterProxyModel::setVisibleLevels(const QList<SenecLogLevel> &levels)
{
    quint32 mask = 0;
    for (SenecLogLevel level : levels)
        mask |= bitOf(level);
    if (mask == m_levelMask)
        return;
    m_levelMask = mask;
    invalidateFilter();
}

QList<SenecLogLevel> LogFilterProxyModel::visibleLevels() const
{
    QList<SenecLogLevel> levels;
    for (SenecLogLevel level : AllLevels) {
        if (isLevelVisible(level))
            levels.append(level);
    }
    return levels;
}

void LogFilterProxyModel::setLevelVisible(SenecLogLevel level, bool visible)
{
    const quint32 mask = visible ? (m_levelMask | bitOf(level)) : (m_levelMask & ~bitOf(level));
    if (mask == m_levelMask)
        return;
    m_levelMask = mask;
    invalidateFilter();
}

bool LogFilterProxyModel::isLevelVisible(SenecLogLevel level) const
{
    return (m_levelMask & bitOf(level)) != 0;
}

void LogFilterProxyModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void LogFilterProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

QStringList LogFilterProxyModel::categories() const
{
    return m_logModel ? m_logModel->categories() : QStringList();
}

bool LogFilterProxyModel::accepts(SenecLogLevel level, const QString &category,
                                  const QString &message) const
{
    if (!isLevelVisible(level))
        return false;
    if (!m_category.isEmpty() && category != m_category)
        return false;
    if (m_text.isEmpty())
        return true;
    return message.contains(m_text, Qt::CaseInsensitive)
        || category.contains(m_text, Qt::CaseInsensitive);
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_logModel && sourceModel() == m_logModel) {
        // Straight from the lines: no QVariant round trip per row and role.
        const QList<senec::SenecLogLine> &lines = m_logModel->lines();
        if (sourceRow < 0 || sourceRow >= lines.size())
            return false;
        const senec::SenecLogLine &line = lines.at(sourceRow);
        return accepts(line.level, line.category, line.message);
    }
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const QModelIndex row = source->index(sourceRow, LogModel::MessageColumn, sourceParent);
    const QVariant level = row.data(LogLevelRole);
    return accepts(level.isValid() ? SenecLogLevel(level.toInt()) : SenecLogLevel::Unknown,
                   row.data(DescriptionRole).toString(), row.data(Qt::DisplayRole).toString());
}

bool LogFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.isValid() && r.isValid())
        return l.toDouble() < r.toDouble();
    // Lines without a time sort first; text columns compare their text.
    if (l.isValid() != r.isValid())
        return !l.isValid();
    return QString::localeAwareCompare(left.data(Qt::DisplayRole).toString(),
                                       right.data(Qt::DisplayRole).toString()) < 0;
}

} // namespace kw::models
