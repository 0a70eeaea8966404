#pragma once

#include "senec/seneclogparser.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace kw::models {
class LogFilterProxyModel;
}

namespace kw::gui {

class SearchField;

// The log's filter row: one check button per level group (with its line count), a category combo
// filled from the data, and a debounced text search; drives a LogFilterProxyModel.
class LogFilterBar : public QWidget
{
    Q_OBJECT
public:

    explicit LogFilterBar(models::LogFilterProxyModel *proxy, QWidget *parent = nullptr);

    // How long typing must pause before the text filter applies (large logs filter slowly).
    void setSearchDelayMs(int delayMs);
    // Recounts the lines per level for the buttons; call after the log changed.
    void updateCounts();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Errors and panics share a button: both mean something went wrong.
    struct LevelGroup
    {
        QToolButton *button;
        QList<senec::SenecLogLevel> levels;
        QString name;
    };

    void addLevelGroup(const QString &objectName, const QString &name,
                       QList<senec::SenecLogLevel> levels);
    void refreshCategories();
    void updateIcons();

    models::LogFilterProxyModel *m_proxy;
    QList<LevelGroup> m_groups;
    QComboBox *m_category;
    SearchField *m_search;
};

} // namespace kw::gui
