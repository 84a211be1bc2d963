// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Controls.impl
import Welcome

// One tab of the NavigationBar: a symbol over a short name, in the accent colour when current.
Tappable {
    id: tab

    /** The tab's name. */
    property string text
    /** A monochrome symbol; drawn in the text's colour. */
    property url icon
    /** Whether this tab's section is shown. */
    property bool current

    readonly property color tint: current ? Material.accentColor : Material.foreground

    width: parent ? parent.width / parent.children.length : implicitWidth
    height: parent ? parent.height : implicitHeight
    implicitWidth: 96
    implicitHeight: 64
    color: pressed ? Qt.rgba(0.5, 0.5, 0.5, 0.12) : "transparent"

    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: current

    // The current tab's mark along the top edge, as Material's footer tab bar has it.
    Rectangle {
        visible: tab.current
        width: parent.width
        height: 2
        color: tab.Material.accentColor
    }
    IconImage {
        id: symbol
        anchors.horizontalCenter: parent.horizontalCenter
        y: 10
        source: tab.icon
        sourceSize.width: 24
        sourceSize.height: 24
        color: tab.tint
        opacity: tab.current ? 1 : 0.75
        Accessible.ignored: true
    }
    Text {
        x: 2
        width: parent.width - 4
        y: symbol.y + symbol.height + 4
        text: tab.text
        color: tab.tint
        opacity: tab.current ? 1 : 0.75
        font.pixelSize: Theme.smallFont
        font.weight: Font.Medium
        // A long name ("Налаштування", "Einstellungen") on a narrow phone gets a smaller font, not cut off.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 9
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        Accessible.ignored: true
    }
}
