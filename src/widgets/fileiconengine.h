#pragma once

#include <QIconEngine>
#include <QList>
#include <QSize>
#include <QString>
#include <utility>

namespace zd {

// An icon drawn from image files, one per size, each read only when a pixmap near its size is asked
// for, and not kept afterwards. QIcon::addFile reads every file at once (the window icon's eight
// sizes held 1.3 MB) and loads every image format plugin to learn each file's format.
class FileIconEngine : public QIconEngine
{
public:
    // Each file's size and path; the files are PNG images.
    explicit FileIconEngine(QList<std::pair<QSize, QString>> files);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    // The smallest file at least as large as size both ways, else the largest.
    [[nodiscard]] const std::pair<QSize, QString> *nearest(const QSize &size) const;

    QList<std::pair<QSize, QString>> m_files;
};

} // namespace zd
