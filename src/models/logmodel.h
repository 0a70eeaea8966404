#pragma once

#include "senec/seneclogparser.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QTimeZone>

namespace kw::models {

// The lines of one device log as a table: time, level, category, message. Follows a growing
// log (today's) by appending only what is new, so views keep their selection and scroll position.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    // What appendNewLines() did.
    enum class Update { Unchanged, Appended, Reset };
    Q_ENUM(Update)

    explicit LogModel(QObject *parent = nullptr);

    // A whole new log (another day): model reset.
    void setLines(const QList<senec::SenecLogLine> &lines);
    // Lines that follow the current ones: rowsInserted only.
    void appendLines(const QList<senec::SenecLogLine> &lines);
    // Takes a fresh parse of the whole file (a re-download of a log that may have grown). When the
    // lines already shown are an unchanged prefix, only the new ones are appended; when just the
    // last shown line differs (the earlier download caught it half-written) that row is updated in
    // place; anything else (the log rotated, another file) resets the model.
    Update appendNewLines(const QList<senec::SenecLogLine> &allLines);
    void clear();

    const QList<senec::SenecLogLine> &lines() const { return m_lines; }
    // The line of `row`; a default line for rows out of range.
    senec::SenecLogLine lineAt(int row) const;
    // Every non-empty category of the current lines, sorted case-insensitively (for a combo box).
    QStringList categories() const;

    // The zone the time column is shown in (default: the system's). Emits dataChanged for it.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_timeZone; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The translated name of a level ("Info", "Warning" …), for views and filter check boxes.
    static QString levelText(senec::SenecLogLevel level);

signals:
    // The list categories() returns has changed.
    void categoriesChanged();

private:
    void countCategories(const QList<senec::SenecLogLine> &lines, int delta);
    void rebuildCategories();

    QList<senec::SenecLogLine> m_lines;
    // Category → number of lines with it; a sorted key set without scanning all lines.
    QMap<QString, int> m_categoryCounts;
    QTimeZone m_timeZone;
};

} // namespace kw::models
