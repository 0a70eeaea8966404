#include "exportjob.h"

#include <QThread>

#include <algorithm>
#include <cmath>

namespace kw::exporting {

ExportJob::ExportJob(Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
{
    qRegisterMetaType<kw::exporting::ExportResult>();
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread; // its queued finished() slot dies with this object
    }
}

void ExportJob::start()
{
    if (m_thread || !m_work)
        return;
    const Progress progress = [this](double fraction) {
        const int permille = int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000));
        // Only changes cross threads: a row loop may report thousands of times.
        if (m_permille.exchange(permille) != permille)
            QMetaObject::invokeMethod(this, [this, permille] { Q_EMIT progressChanged(permille); },
                                      Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, progress] { m_result = m_work(m_cancel, progress); });
    m_thread->setObjectName(QStringLiteral("kw.export"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_work = nullptr; // run once
        Q_EMIT finished(m_result);
    });
    m_thread->start(QThread::LowPriority);
}

void ExportJob::cancel()
{
    m_cancel = true;
}

bool ExportJob::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace kw::exporting
