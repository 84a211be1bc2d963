// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material

// A plain item that acts as a button: a tap, Return or Space, and an assistive technology's press all emit
// clicked(); focus is drawn as an accent border. Home's tiles, rows and cards and the tab bar are built on it
// rather than on Controls, because they are on the first frame.
Rectangle {
    id: tappable

    signal clicked
    /** While a finger or the mouse is down. */
    readonly property alias pressed: tap.pressed

    color: "transparent"
    border.color: Material.accentColor
    border.width: activeFocus ? 2 : 0
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.focusable: true
    Accessible.onPressAction: tappable.clicked()
    Keys.onReturnPressed: tappable.clicked()
    Keys.onSpacePressed: tappable.clicked()

    TapHandler {
        id: tap
        onTapped: tappable.clicked()
    }
}
