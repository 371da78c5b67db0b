#include "fileiconengine.h"

#include <QApplication>
#include <QImageReader>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <algorithm>

namespace zd {

FileIconEngine::FileIconEngine(QList<std::pair<QSize, QString>> files) : m_files(std::move(files))
{
    std::sort(m_files.begin(), m_files.end(), [](const auto &a, const auto &b) {
        return a.first.width() * a.first.height() < b.first.width() * b.first.height();
    });
}

const std::pair<QSize, QString> *FileIconEngine::nearest(const QSize &size) const
{
    if (m_files.isEmpty())
        return nullptr;
    for (const auto &file : m_files) {
        if (file.first.width() >= size.width() && file.first.height() >= size.height())
            return &file;
    }
    return &m_files.constLast();
}

QSize FileIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    const auto *file = nearest(size);
    return file ? file->first.scaled(size, Qt::KeepAspectRatio).boundedTo(file->first) : QSize();
}

QPixmap FileIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    const auto *file = nearest(size);
    if (!file)
        return QPixmap();
    QImageReader reader(file->second, "png"); // the format named: no plugin is asked
    const QSize wanted = actualSize(size, mode, state);
    if (reader.size().isValid() && reader.size() != wanted)
        reader.setScaledSize(reader.size().scaled(wanted, Qt::KeepAspectRatio));
    QPixmap pixmap = QPixmap::fromImage(reader.read());
    if (mode != QIcon::Normal && !pixmap.isNull()) {
        QStyleOption option;
        option.palette = QApplication::palette();
        pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
    }
    return pixmap;
}

void FileIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    painter->drawPixmap(rect, drawn);
}

QList<QSize> FileIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    QList<QSize> sizes;
    for (const auto &file : m_files)
        sizes << file.first;
    return sizes;
}

QIconEngine *FileIconEngine::clone() const
{
    return new FileIconEngine(m_files);
}

QString FileIconEngine::key() const
{
    return QStringLiteral("zd.FileIconEngine");
}

} // namespace zd
