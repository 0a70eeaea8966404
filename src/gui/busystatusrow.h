#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace kw::gui {

// The line under a downloaded table: what is shown and where it came from, with a small
// indeterminate bar while a download runs.
class BusyStatusRow : public QWidget
{
    Q_OBJECT
public:
    // `name` prefixes the label's object name ("log" -> "logStatus").
    explicit BusyStatusRow(const QString &name, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    void setBusy(bool busy);

private:
    QLabel *m_label;
    QProgressBar *m_busyBar;
};

} // namespace kw::gui
