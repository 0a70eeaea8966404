#include "faultinjector.h"

namespace kw::sim {

FaultInjector::FaultInjector(quint64 seed)
    : m_random(SimRandom::hash(seed, 0xFA017001))
{
}

std::optional<FaultSpec> FaultInjector::roll()
{
    for (const FaultSpec &fault : std::as_const(m_faults)) {
        if (fault.rate >= 1.0 || m_random.uniform() < fault.rate)
            return fault;
    }
    return std::nullopt;
}

QByteArray FaultInjector::garbage()
{
    if (m_random.uniform() < 0.5)
        return QByteArrayLiteral("<html><body><h1>lala.cgi</h1><p>internal error 0x")
            + QByteArray::number(m_random.integer(0, 0xFFFF), 16) + QByteArrayLiteral("</p></body></html>\n");
    // Starts with bytes no JSON text can start with.
    QByteArray noise("\xFF\xFE", 2);
    const int length = m_random.integer(64, 512);
    for (int i = 0; i < length; ++i)
        noise.append(char(m_random.integer(0, 255)));
    return noise;
}

qsizetype FaultInjector::truncatedSize(qsizetype size)
{
    if (size <= 1)
        return 0;
    return qBound<qsizetype>(1, qsizetype(double(size) * m_random.range(0.2, 0.8)), size - 1);
}

} // namespace kw::sim
