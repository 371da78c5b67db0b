#pragma once

#include "document.h"

#include <QByteArray>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace zd::json {

// How many bytes of a body have arrived in place, told by the thread that receives them to the
// thread that reads them (DocumentBuilder), which waits while it has read all that is in.
class ArrivingBytes
{
public:
    explicit ArrivingBytes(qsizetype expected) : m_expected(expected) {}

    // The size announced for the whole body (what the tape's room is sized by), or 0 if unknown.
    [[nodiscard]] qsizetype expected() const { return m_expected; }
    // Receiving side: this many bytes are in.
    void arrived(qsizetype in);
    // Receiving side: all bytes are in, this many (or the reader is to stop: abandoned).
    void close(qsizetype in, bool abandoned);
    // Reading side: waits until more than have bytes are in, or all are, and returns how many are in
    // (have or fewer once abandoned, so the reader stops).
    [[nodiscard]] qsizetype waitForMore(qsizetype have);
    // Reading side: whether the reader is to stop now (abandoned), asked between values so that it
    // stops at once, not only when it has read all that is in.
    [[nodiscard]] bool stopped() const { return m_stop.load(std::memory_order_relaxed); }
    // How many bytes are in.
    [[nodiscard]] qsizetype in();
    // Reading side: the reader has stopped.
    void readerDone();
    // Receiving side: waits until the reader has read all that is in (and waits for more), or has
    // stopped. For tests that cut a body at every byte.
    void waitUntilRead();

private:
    const qsizetype m_expected;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::condition_variable m_read;
    qsizetype m_in = 0;
    qsizetype m_readerWaitsAt = -1; // bytes in when the reader began to wait for more
    bool m_readerDone = false;
    std::atomic<bool> m_stop = false;
    bool m_closed = false;
    bool m_abandoned = false;
};

// A response's Document built while its body arrives, on a thread of its own, so that it is ready
// about when the last byte is: the bytes are written at begin, in place, by the receiving thread,
// which tells arrived() after each piece. The result is exactly Document::build() over the bytes,
// errors included. The bytes must stay in place until finish() or the destructor has returned.
class ArrivingDocument
{
public:
    // expected: the size announced for the whole body, or 0.
    ArrivingDocument(const char *begin, qsizetype expected);
    // Stops the builder (if finish() was not called) and waits for it.
    ~ArrivingDocument();
    ArrivingDocument(const ArrivingDocument &) = delete;
    ArrivingDocument &operator=(const ArrivingDocument &) = delete;

    [[nodiscard]] const char *begin() const { return m_begin; }
    void arrived(qsizetype in) { m_bytes.arrived(in); }
    // arrived(), then waits until the builder has read all of it: for tests that cut a body at every byte.
    void arrivedAndRead(qsizetype in)
    {
        m_bytes.arrived(in);
        m_bytes.waitUntilRead();
    }
    // All of the body is in bytes (at begin): waits for the builder and returns parseDocument(bytes)'s
    // result. Bytes elsewhere than begin (moved since), or fewer than arrived, are parsed anew.
    [[nodiscard]] ParseResult finish(QByteArray bytes);

private:
    const char *m_begin;
    ArrivingBytes m_bytes;
    std::unique_ptr<class DocumentBuilder> m_builder;
    std::shared_ptr<const Document> m_document;
    ParseResult m_result;
    std::thread m_thread;
};

} // namespace zd::json
