#include "logmodel.h"

#include "modelroles.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kw::models {

using senec::SenecLogLevel;
using senec::SenecLogLine;

namespace {

// Colours readable on light and dark backgrounds alike; info lines keep the view's own colour.
QVariant levelForeground(SenecLogLevel level)
{
    switch (level) {
    case SenecLogLevel::Warning:
        return QBrush(QColor(0xc2, 0x7c, 0x0e));
    case SenecLogLevel::Error:
    case SenecLogLevel::Panic:
        return QBrush(QColor(0xd3, 0x2f, 0x2f));
    case SenecLogLevel::Unknown:
        return QBrush(QColor(0x80, 0x80, 0x80));
    case SenecLogLevel::Info:
        break;
    }
    return {};
}

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_timeZone(QTimeZone::systemTimeZone())
{
}

void LogModel::setLines(const QList<SenecLogLine> &lines)
{
    const QStringList before = categories();
    beginResetModel();
    m_lines = lines;
    rebuildCategories();
    endResetModel();
    if (categories() != before)
        emit categoriesChanged();
}

void LogModel::appendLines(const QList<SenecLogLine> &lines)
{
    if (lines.isEmpty())
        return;
    const qsizetype categoryCount = m_categoryCounts.size();
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(lines.size()) - 1);
    m_lines.append(lines);
    countCategories(lines, +1);
    endInsertRows();
    // Appending only ever adds categories, so a changed count is a changed list.
    if (m_categoryCounts.size() != categoryCount)
        emit categoriesChanged();
}

LogModel::Update LogModel::appendNewLines(const QList<SenecLogLine> &allLines)
{
    const qsizetype shown = m_lines.size();
    if (shown == 0) {
        if (allLines.isEmpty())
            return Update::Unchanged;
        appendLines(allLines);
        return Update::Appended;
    }
    if (allLines.size() < shown
        || !std::equal(m_lines.cbegin(), m_lines.cend() - 1, allLines.cbegin())) {
        setLines(allLines);
        return Update::Reset;
    }

    Update result = Update::Unchanged;
    const SenecLogLine &fresh = allLines.at(shown - 1);
    if (m_lines.constLast() != fresh) {
        // The previous download ended inside the line that was being written.
        const QStringList before = categories();
        countCategories({m_lines.constLast()}, -1);
        m_lines.last() = fresh;
        countCategories({fresh}, +1);
        const int row = int(shown - 1);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        if (categories() != before)
            emit categoriesChanged();
        result = Update::Appended;
    }
    if (allLines.size() > shown) {
        appendLines(allLines.mid(shown));
        result = Update::Appended;
    }
    return result;
}

void LogModel::clear()
{
    setLines({});
}

SenecLogLine LogModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row) : SenecLogLine{};
}

QStringList LogModel::categories() const
{
    QStringList names = m_categoryCounts.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return names;
}

void LogModel::setTimeZone(const QTimeZone &zone)
{
    const QTimeZone valid = zone.isValid() ? zone : QTimeZone::utc();
    if (valid == m_timeZone)
        return;
    m_timeZone = valid;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(int(m_lines.size()) - 1, TimeColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    // Plain checks, not checkIndex(): an invalid index is a normal question here, not a bug.
    if (!index.isValid() || index.model() != this || index.parent().isValid()
        || index.row() >= m_lines.size() || index.column() >= ColumnCount)
        return {};
    const SenecLogLine &line = m_lines.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case TimeColumn:
            if (!line.timeMs)
                return QString();
            return QDateTime::fromMSecsSinceEpoch(*line.timeMs, m_timeZone)
                .toString(role == Qt::ToolTipRole ? u"yyyy-MM-dd HH:mm:ss t"_s
                                                  : u"yyyy-MM-dd HH:mm:ss"_s);
        case LevelColumn:
            return levelText(line.level);
        case CategoryColumn:
            return line.category;
        case MessageColumn:
            return line.message;
        }
        return {};
    case Qt::ForegroundRole:
        return levelForeground(line.level);
    case Qt::FontRole:
        if (line.level == SenecLogLevel::Panic) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NumericValueRole:
        if (column == TimeColumn && line.timeMs)
            return double(*line.timeMs);
        if (column == LevelColumn)
            return double(line.level);
        return {};
    case TimestampMsRole:
        return line.timeMs ? QVariant::fromValue<qint64>(*line.timeMs) : QVariant();
    case LogLevelRole:
        return int(line.level);
    case DescriptionRole:
        return line.category;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        // The line's number in the file, so a filtered view still says where a line came from.
        if (section >= 0 && section < m_lines.size() && m_lines.at(section).lineNumber > 0)
            return m_lines.at(section).lineNumber;
        return section + 1;
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Category");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    const QHash<int, QByteArray> custom = customRoleNames();
    for (int role : {int(NumericValueRole), int(DescriptionRole), int(LogLevelRole), int(TimestampMsRole)})
        names.insert(role, custom.value(role));
    return names;
}

QString LogModel::levelText(SenecLogLevel level)
{
    switch (level) {
    case SenecLogLevel::Info:
        return tr("Info");
    case SenecLogLevel::Warning:
        return tr("Warning");
    case SenecLogLevel::Error:
        return tr("Error");
    case SenecLogLevel::Panic:
        return tr("Panic");
    case SenecLogLevel::Unknown:
        break;
    }
    return tr("Unknown");
}

void LogModel::countCategories(const QList<SenecLogLine> &lines, int delta)
{
    for (const SenecLogLine &line : lines) {
        if (line.category.isEmpty())
            continue;
        auto it = m_categoryCounts.find(line.category);
        if (it == m_categoryCounts.end()) {
            if (delta > 0)
                m_categoryCounts.insert(line.category, delta);
            continue;
        }
        *it += delta;
        if (*it <= 0)
            m_categoryCounts.erase(it);
    }
}

void LogModel::rebuildCategories()
{
    m_categoryCounts.clear();
    countCategories(m_lines, +1);
}

} // namespace kw::models
