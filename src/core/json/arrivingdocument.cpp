#include "arrivingdocument.h"

#include "documentbuilder.h"

namespace zd::json {

void ArrivingBytes::arrived(qsizetype in)
{
    {
        const std::lock_guard lock(m_mutex);
        m_in = in;
    }
    m_changed.notify_one();
}

void ArrivingBytes::close(qsizetype in, bool abandoned)
{
    {
        const std::lock_guard lock(m_mutex);
        m_in = abandoned ? m_in : in;
        m_closed = true;
        m_abandoned = abandoned;
    }
    if (abandoned)
        m_stop.store(true, std::memory_order_relaxed);
    m_changed.notify_one();
}

qsizetype ArrivingBytes::waitForMore(qsizetype have)
{
    std::unique_lock lock(m_mutex);
    if (m_in <= have && !m_closed) {
        m_readerWaitsAt = m_in;
        m_read.notify_all();
    }
    m_changed.wait(lock, [&] { return m_in > have || m_closed; });
    m_readerWaitsAt = -1;
    return m_abandoned ? have : m_in;
}

qsizetype ArrivingBytes::in()
{
    const std::lock_guard lock(m_mutex);
    return m_in;
}

void ArrivingBytes::readerDone()
{
    {
        const std::lock_guard lock(m_mutex);
        m_readerDone = true;
    }
    m_read.notify_all();
}

void ArrivingBytes::waitUntilRead()
{
    std::unique_lock lock(m_mutex);
    m_read.wait(lock, [&] { return m_readerDone || m_readerWaitsAt == m_in; });
}

ArrivingDocument::ArrivingDocument(const char *begin, qsizetype expected)
    : m_begin(begin), m_bytes(expected), m_builder(std::make_unique<DocumentBuilder>(begin, &m_bytes))
{
    m_thread = std::thread([this] {
        m_document = m_builder->build(&m_result);
        m_bytes.readerDone();
    });
}

ArrivingDocument::~ArrivingDocument()
{
    if (m_thread.joinable()) {
        m_bytes.close(0, true);
        m_thread.join();
    }
}

ParseResult ArrivingDocument::finish(QByteArray bytes)
{
    if (bytes.constData() != m_begin || bytes.size() < m_bytes.in() || !m_thread.joinable()) {
        m_bytes.close(0, true);
        if (m_thread.joinable())
            m_thread.join();
        return parseDocument(std::move(bytes));
    }
    m_bytes.close(bytes.size(), false);
    m_thread.join();
    if (m_document) {
        m_builder->adopt(std::move(bytes));
        m_result.value = documentValue(m_document, 0);
    }
    return m_result;
}

} // namespace zd::json
