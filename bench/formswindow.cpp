// The fair reference for start-up: the forms Casedesk's first screen is built from
// (CASEDESK_FIRST_SCREEN_FORMS in bench/CMakeLists.txt), compiled by uic like the window's and set up in a
// bare QMainWindow of the same size — no models, no history, no settings, no keychain, no single-instance
// check — observed by the same probe. Promoted widgets are their base class here (see the CMake file), and
// each further form is set up in the placeholder the main form has for it, as its widget class would.
#include "dev/startupprobe.h"

#include <QApplication>
#include <QMainWindow>

void casedeskBenchLoadForms(QMainWindow *window); // generated: benchforms.cpp

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    casedeskBenchLoadForms(&window);
    window.setWindowTitle(QStringLiteral("Forms window"));
    window.resize(1280, 800);
    StartupProbe::install(&window);
    window.show();
    return app.exec();
}
