#include "cid.h"

#include <QRandomGenerator>

namespace zd::demo {

QString newCid(Wire wire)
{
    QRandomGenerator *random = QRandomGenerator::global();
    if (wire == Wire::G1) {
        static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        QString cid(28, u'K');
        for (int i = 1; i < 28; ++i)
            cid[i] = QLatin1Char(alphabet[random->bounded(32)]);
        return cid;
    }
    quint32 words[3];
    random->fillRange(words);
    QString cid;
    for (quint32 word : words)
        cid += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    return cid;
}

} // namespace zd::demo
