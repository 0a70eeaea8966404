#pragma once

#include "exportrequest.h"

#include <QDialog>
#include <QMap>

class QButtonGroup;
class QComboBox;
class QLabel;
class QSpinBox;
class QRadioButton;

namespace kw::gui {

// File → Export…: what to export (a chart as an image, the charts' data, daily energies, the
// battery cells or the device log as CSV), the range for the charts and their data, the image's
// format and size. Passive: it only fills in an ExportRequest; choosing the file (askForPath())
// and writing it are the caller's. Kinds without data (no battery answer yet, no history) are
// shown disabled with the reason.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(QWidget *parent = nullptr);

    // Preselects every field from `request` (its path is ignored). A Custom range with a valid
    // customRange (the Charts view zoomed) is offered as "As shown" beside the presets.
    void setRequest(const ExportRequest &request);
    ExportRequest request() const;
    // An unavailable kind cannot be chosen; `reason` says why (shown beside it). When the
    // selected kind becomes unavailable the first available one is selected.
    void setKindAvailable(ExportKind kind, bool available, const QString &reason = {});
    bool isKindAvailable(ExportKind kind) const;

    QRadioButton *kindButton(ExportKind kind) const { return m_kindButtons.value(kind); }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *formatBox() const { return m_format; }
    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QString descriptionText() const;

    // The save dialog for `request`: `folder`/defaultFileName(day), the kind's file type; the
    // suffix is added when the user typed none. Empty when cancelled.
    static QString askForPath(QWidget *parent, const ExportRequest &request, QDate day, const QString &folder);

private:
    void updateFields();

    QMap<ExportKind, QRadioButton *> m_kindButtons;
    QMap<ExportKind, QLabel *> m_reasons;
    QButtonGroup *m_kinds;
    QComboBox *m_range;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QLabel *m_description;
    TimeRange m_customRange;
};

} // namespace kw::gui
