// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// The card of the offer whose marker was tapped: name, distance, open or not, address, and a way to its page.
Pane {
    id: card

    /** The offer shown; empty hides the card. */
    property string offerId

    signal closeClicked

    visible: offerId.length > 0 && offers.count > 0
    Material.elevation: 6
    padding: Theme.margin

    OfferListModel {
        id: offers
        content: Content
        language: App.language
        offerId: card.offerId
        fromLatitude: UserPosition.latitude
        fromLongitude: UserPosition.longitude
    }

    ToolButton {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: -Theme.spacing
        text: "✕"
        onClicked: card.closeClicked()
        Accessible.name: qsTr("Close the card")
    }

    ColumnLayout {
        width: parent.width
        Repeater {
            model: offers
            delegate: ColumnLayout {
                id: details
                required property string offerId
                required property string name
                required property string address
                required property real distance
                required property string openState
                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    // Room for the close button.
                    Layout.rightMargin: 40
                    text: details.name
                    font.pixelSize: Theme.bodyFont
                    font.weight: Font.Medium
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    text: OfferText.facts(details.distance, details.openState, details.address)
                    opacity: 0.75
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }
                Button {
                    text: qsTr("Details and contact")
                    highlighted: true
                    onClicked: App.open("offer", [details.offerId])
                    Accessible.name: qsTr("Details and contact for %1").arg(details.name)
                }
            }
        }
    }
}
