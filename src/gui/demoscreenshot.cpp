#include "demoscreenshot.h"

#include "apiresult.h"
#include "global.h"
#include "historypane.h"
#include "mainwindow.h"
#include "serveraddress.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <cstdio>

DemoScreenshot::DemoScreenshot(MainWindow *window, const QString &outputPath, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_outputPath(outputPath)
{
    connect(window, &MainWindow::updateFinished, this, &DemoScreenshot::onUpdateFinished);
}

DemoScreenshot::~DemoScreenshot() = default;

CaseUpdate DemoScreenshot::demoCase() const
{
    CaseUpdate update = m_window->currentUpdate();
    update.wolkvoxId = u"6074aaa0801374bbbbb781025ccc7d3"_s;
    update.caseType = u"Request"_s;
    update.responsible = u"maria.perez@modulodeprueba"_s; // not a user of the demo operation: refused
    update.status = u"in progress"_s;
    update.priority = u"high"_s;
    update.customFields = {{u"canal"_s, u"WhatsApp"_s},
                           {u"ciudad"_s, u"Bogotá"_s},
                           {u"numero_contrato"_s, u"CT-2024-00931"_s},
                           {u"motivo"_s, u"Sin conexión a internet desde el lunes"_s}};
    update.attachments
        = {m_files.filePath(u"factura-marzo-2024.pdf"_s), m_files.filePath(u"captura-router.png"_s),
           m_files.filePath(u"llamada-cliente.mp3"_s)};
    return update;
}

void DemoScreenshot::start()
{
    if (!m_window || !m_files.isValid())
        return fail(u"no window or no temporary folder"_s);
    const ServerAddress server = ServerAddress::parse(m_window->currentUpdate().server);
    if (!server.isValid() || !ServerAddress::isLoopbackHost(server.host()))
        return fail(
            u"the screenshot demo only talks to a local simulator (--server http://127.0.0.1:PORT)"_s);

    // Plausible files of plausible sizes.
    QFile pdf(m_files.filePath(u"factura-marzo-2024.pdf"_s));
    if (pdf.open(QIODevice::WriteOnly)) {
        pdf.write("%PDF-1.4\n");
        pdf.write(QByteArray(180 * 1024, 'x'));
    }
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(QColor(0x37, 0x47, 0x4f));
    QPainter(&image).fillRect(40, 40, 560, 320, QColor(0x90, 0xa4, 0xae));
    image.save(m_files.filePath(u"captura-router.png"_s));
    QFile mp3(m_files.filePath(u"llamada-cliente.mp3"_s));
    if (mp3.open(QIODevice::WriteOnly)) {
        mp3.write("ID3");
        mp3.write(QByteArray(2 * 1024 * 1024 + 345 * 1024, '\0'));
    }

    // First the agent checks the connection and the day's quota, then corrects the case.
    connect(m_window, &MainWindow::connectionTested, this, [this](const ApiResult &result) {
        if (m_step != 0)
            return;
        if (!result.isSuccess())
            return fail(u"the connection test failed: "_s + result.explanation());
        m_window->loadUpdate(demoCase());
        m_step = 1;
        QTimer::singleShot(300, this, [this] { m_window->sendUpdate(); });
    });
    m_window->testConnection();
}

void DemoScreenshot::onUpdateFinished(const ApiResult &result)
{
    if (!m_window)
        return;
    if (m_step == 1) {
        // The agent reads the refusal, corrects the responsible, closes the case with a solution and resends.
        CaseUpdate corrected = demoCase();
        corrected.responsible = u"maria.jose@modulodeprueba"_s;
        corrected.status = u"closed"_s;
        corrected.solution
            = u"Se reemplazó el router y se reconfiguró la línea; el cliente confirmó el servicio."_s;
        m_window->loadUpdate(corrected);
        m_step = 2;
        QTimer::singleShot(300, this, [this] { m_window->sendUpdate(); });
        return;
    }
    if (m_step == 2) {
        m_step = 3;
        if (!result.isSuccess())
            return fail(u"the corrected update was not accepted: "_s + result.explanation());
        // Let the banner and the history settle before taking the picture.
        QTimer::singleShot(500, this, &DemoScreenshot::capture);
    }
}

void DemoScreenshot::capture()
{
    if (!m_window)
        return fail(u"the window is gone"_s);
    const QPixmap picture = m_window->grab();
    if (!picture.save(m_outputPath, "PNG"))
        return fail(u"cannot write "_s + m_outputPath);
    Q_EMIT finished(true);
}

void DemoScreenshot::fail(const QString &reason)
{
    std::fprintf(stderr, "casedesk --screenshot: %s\n", qPrintable(reason));
    Q_EMIT finished(false);
}
