# Install rules for the programs and the CPack configuration: DEB and TGZ on Linux, NSIS on
# Windows, a DragNDrop DMG on macOS. Included last from the top-level CMakeLists.txt, after every
# target exists. Build steps per system: README.md, "Packages".

if(APPLE)
    # The bundle at the top of the DMG; the command-line programs inside it, where macdeployqt
    # finds them and points them at the bundle's Qt (kilowatch.app/Contents/MacOS/kilowatch-cli).
    install(TARGETS kilowatch BUNDLE DESTINATION .)
    install(TARGETS kilowatch-cli kilowatch-sim RUNTIME DESTINATION kilowatch.app/Contents/MacOS)
else()
    install(TARGETS kilowatch kilowatch-cli kilowatch-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# windeployqt / macdeployqt at install time (so also inside cpack), through Qt's own deploy
# support (Qt 6.4: QT_DEPLOY_SUPPORT from find_package(Qt6), qt_deploy_runtime_dependencies).
# Written by hand rather than with qt_generate_deploy_app_script so the two command-line programs
# get their Qt too. Linux packages use the system's Qt and declare it (dpkg-shlibdeps).
if((WIN32 OR APPLE) AND QT_DEPLOY_SUPPORT)
    if(APPLE)
        set(kw_deploy_app "kilowatch.app")
        set(kw_deploy_extra "kilowatch.app/Contents/MacOS/kilowatch-cli"
                            "kilowatch.app/Contents/MacOS/kilowatch-sim")
        set(kw_deploy_conf "")
    else()
        set(kw_deploy_app "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:kilowatch>")
        set(kw_deploy_extra "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:kilowatch-cli>"
                            "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:kilowatch-sim>")
        set(kw_deploy_conf GENERATE_QT_CONF)
    endif()
    list(JOIN kw_deploy_extra "\" \"" kw_deploy_extra)
    set(kw_deploy_script ${CMAKE_BINARY_DIR}/packaging/deploy-kilowatch-$<CONFIG>.cmake)
    file(GENERATE OUTPUT ${kw_deploy_script} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${kw_deploy_app}\"
    ADDITIONAL_EXECUTABLES \"${kw_deploy_extra}\"
    ${kw_deploy_conf}
)
")
    install(SCRIPT ${kw_deploy_script})
endif()

set(CPACK_PACKAGE_NAME kilowatch)
set(CPACK_PACKAGE_VENDOR "The Kilowatch developers")
set(CPACK_PACKAGE_CONTACT "Kilowatch developers <kilowatch@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Live dashboard for home solar and battery systems (SENEC.Home)")
set(CPACK_PACKAGE_DESCRIPTION
    "Kilowatch shows the live energy flow between PV, house, grid and battery, every battery \
cell, charts and daily energies from a history on your own disk, the device log and all \
variables of a SENEC.Home V3 on the local network. With a command-line client and a device \
simulator.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Kilowatch)
# The Start-menu entry (NSIS, WiX): executable name without .exe, then its label.
set(CPACK_PACKAGE_EXECUTABLES kilowatch Kilowatch)
# Release packages carry no debug information: smaller, and quicker to build in CI.
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_PACKAGE_NAME Kilowatch)
    set(CPACK_NSIS_DISPLAY_NAME Kilowatch)
    set(CPACK_NSIS_MUI_ICON ${KW_WINDOWS_ICO})
    set(CPACK_NSIS_MUI_UNIICON ${KW_WINDOWS_ICO})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\kilowatch.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Kilowatch)
    set(CPACK_DMG_FORMAT UDZO)
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_PACKAGE_NAME kilowatch)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
    # The Qt libraries the programs link come from dpkg-shlibdeps; what Qt loads as plugins at
    # run time it cannot see: the SQLite driver (the history) and the platform plugins.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
endif()

include(CPack)
