#pragma once

#include "senec/seneclogparser.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace kw::models {

class LogModel;

// Filters a LogModel by level, category and free text; sorts by time and level numerically.
class LogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxyModel(QObject *parent = nullptr);

    // The source; also what categories() reads. A source that is not a LogModel is filtered
    // through its roles (LogLevelRole, DescriptionRole, the message column's text).
    void setSourceModel(QAbstractItemModel *model) override;
    LogModel *logModel() const { return m_logModel; }

    // Levels shown; all five by default. An empty set shows no line.
    void setVisibleLevels(const QList<senec::SenecLogLevel> &levels);
    QList<senec::SenecLogLevel> visibleLevels() const;
    void setLevelVisible(senec::SenecLogLevel level, bool visible);
    bool isLevelVisible(senec::SenecLogLevel level) const;

    // Exact category; empty shows every category.
    void setCategory(const QString &category);
    QString category() const { return m_category; }

    // Case-insensitive substring of the message or the category; empty shows every line.
    void setText(const QString &text);
    QString text() const { return m_text; }

    // The source's categories (for a combo box); empty without a LogModel source.
    QStringList categories() const;

signals:
    void categoriesChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    static quint32 bitOf(senec::SenecLogLevel level) { return 1u << quint32(level); }
    bool accepts(senec::SenecLogLevel level, const QString &category, const QString &message) const;

    QPointer<LogModel> m_logModel;
    QMetaObject::Connection m_categoriesConnection;
    quint32 m_levelMask = 0;
    QString m_category;
    QString m_text;
};

} // namespace kw::models
