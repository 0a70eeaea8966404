// kw-iconrender: a build-time host tool. Renders the one scalable app icon to the PNG sizes, the
// Windows .ico and the macOS .iconset, so no bitmap in the packages can drift from the SVG.
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <cstdlib>

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "kw-iconrender: %s\n", qUtf8Printable(message));
    std::exit(1);
}

QImage render(QSvgRenderer &svg, int sizePx)
{
    QImage image(sizePx, sizePx, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, sizePx, sizePx));
    painter.end();
    return image;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        fail(QStringLiteral("cannot encode a PNG"));
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

int parseSize(const QString &text)
{
    bool ok = false;
    const int size = text.toInt(&ok);
    if (!ok || size < 1 || size > 1024)
        fail(QStringLiteral("not an icon size: \"%1\"").arg(text));
    return size;
}

// An ICO whose entries are PNG streams (Windows Vista and later read them at every size); Qt's
// own ICO writer stores a single image.
QByteArray icoBytes(QSvgRenderer &svg, const QList<int> &sizes)
{
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(pngBytes(render(svg, size)));
    QByteArray ico;
    const auto put16 = [&ico](quint16 v) {
        const quint16 le = qToLittleEndian(v);
        ico.append(reinterpret_cast<const char *>(&le), 2);
    };
    const auto put32 = [&ico](quint32 v) {
        const quint32 le = qToLittleEndian(v);
        ico.append(reinterpret_cast<const char *>(&le), 4);
    };
    put16(0); // reserved
    put16(1); // type: icon
    put16(static_cast<quint16>(sizes.size()));
    quint32 offset = 6 + 16 * static_cast<quint32>(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const int size = sizes.at(i);
        ico.append(static_cast<char>(size >= 256 ? 0 : size)); // 0 means 256
        ico.append(static_cast<char>(size >= 256 ? 0 : size));
        ico.append('\0'); // no palette
        ico.append('\0'); // reserved
        put16(1);         // colour planes
        put16(32);        // bits per pixel
        put32(static_cast<quint32>(images.at(i).size()));
        put32(offset);
        offset += static_cast<quint32>(images.at(i).size());
    }
    for (const QByteArray &image : images)
        ico.append(image);
    return ico;
}

void usage()
{
    std::fprintf(stderr,
                 "usage: kw-iconrender SVG png SIZE OUT.png\n"
                 "       kw-iconrender SVG ico OUT.ico SIZE...\n"
                 "       kw-iconrender SVG iconset OUT.iconset\n");
    std::exit(64);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        usage();
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid())
        fail(QStringLiteral("cannot read the SVG %1").arg(args.at(1)));
    const QString command = args.at(2);
    if (command == QLatin1StringView("png") && args.size() == 5) {
        writeFile(args.at(4), pngBytes(render(svg, parseSize(args.at(3)))));
    } else if (command == QLatin1StringView("ico") && args.size() >= 5) {
        QList<int> sizes;
        for (qsizetype i = 4; i < args.size(); ++i)
            sizes.append(parseSize(args.at(i)));
        writeFile(args.at(3), icoBytes(svg, sizes));
    } else if (command == QLatin1StringView("iconset") && args.size() == 4) {
        // The names iconutil expects: icon_NxN.png and icon_NxN@2x.png, N = 16 … 512.
        const QDir dir(args.at(3));
        for (int size : {16, 32, 128, 256, 512}) {
            const QString name = QStringLiteral("icon_%1x%1").arg(size);
            writeFile(dir.filePath(name + QStringLiteral(".png")), pngBytes(render(svg, size)));
            writeFile(dir.filePath(name + QStringLiteral("@2x.png")),
                      pngBytes(render(svg, 2 * size)));
        }
    } else {
        usage();
    }
    return 0;
}
