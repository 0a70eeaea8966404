#pragma once

#include <QLineEdit>
#include <QTimer>

namespace kw::gui {

// A search box that waits for a pause in typing before it asks for a new search, so a long table
// is filtered once per word rather than once per key; clearing it applies at once.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 250;

    explicit SearchField(QWidget *parent = nullptr);
    void setDelayMs(int delayMs);

Q_SIGNALS:
    void searchChanged(const QString &text);

private:
    QTimer m_timer;
};

} // namespace kw::gui
