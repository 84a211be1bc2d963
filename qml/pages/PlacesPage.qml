// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtPositioning
import Welcome

// Places and services that help, nearest first, with filters: as a list or on a map.
Page {
    id: page

    /** Show the map instead of the list. */
    property bool showMap: false

    /** Whether the map was framed on the point distances count from and the nearest offers. */
    property bool framed: false

    /** Shows the point distances count from and the five nearest offers on the map (once it has a size). */
    function frameNearby() {
        if (!showMap || map.width <= 0 || map.height <= 0)
            return;
        const b = places.nearbyBounds(5);
        map.fitViewportToGeoShape(QtPositioning.rectangle(QtPositioning.coordinate(b[2], b[1]), QtPositioning.coordinate(b[0], b[3])), 48);
        map.zoomLevel = Math.min(map.zoomLevel, 16);
        framed = true;
    }

    onShowMapChanged: {
        if (!framed)
            frameNearby();
    }

    Connections {
        target: UserPosition
        function onOriginChanged() {
            page.framed = false;
            page.frameNearby();
        }
    }

    // Every offer category the content tool knows, in the order of the filter's names below.
    readonly property var categories: ["", "integration-counselling", "residents-office", "school-office", "language-school",
        "interpreting", "social-insurance", "road-traffic-office", "library", "migration-service", "emergency",
        "health-care", "health-insurer", "bank", "asylum-social-service", "social-services", "job-centre", "career-advice",
        "tax-office", "parent-advice", "childcare", "legal-advice", "victim-help"]

    header: PageHeader {
        title: qsTr("Places that help")
        canGoBack: page.StackView.view && page.StackView.view.depth > 1
        onBackClicked: page.StackView.view.pop()
    }

    OfferListModel {
        id: places
        content: Content
        language: App.language
        category: page.categories[category.currentIndex]
        openNow: openNow.checked
        freeOnly: freeOnly.checked
        // The phone's position, a picked place or the city centre; it never leaves the device.
        fromLatitude: UserPosition.latitude
        fromLongitude: UserPosition.longitude
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ComboBox {
            id: category
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 0
            model: [qsTr("All kinds of help"), qsTr("Integration counselling"), qsTr("Residents' office"), qsTr("School office"),
                    qsTr("Language courses"), qsTr("Interpreting"), qsTr("Social insurance"), qsTr("Road traffic office"),
                    qsTr("Libraries"), qsTr("Migration service"), qsTr("Emergencies"), qsTr("Health care"),
                    qsTr("Health insurers"), qsTr("Banks"), qsTr("Asylum social service"), qsTr("Social services"),
                    qsTr("Job centre (RAV)"), qsTr("Career advice"), qsTr("Tax office"), qsTr("Parent advice"),
                    qsTr("Childcare"), qsTr("Legal advice"), qsTr("Help for victims")]
            Accessible.name: qsTr("Kind of help")
        }
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            spacing: Theme.spacing
            Switch {
                id: openNow
                text: qsTr("Open now")
                Accessible.name: text
            }
            Switch {
                id: freeOnly
                text: qsTr("Free of charge")
                Accessible.name: text
            }
        }
        LocationBar {
            Layout.fillWidth: true
        }
        TabBar {
            id: view
            Layout.fillWidth: true
            currentIndex: page.showMap ? 1 : 0
            onCurrentIndexChanged: page.showMap = currentIndex === 1
            TabButton {
                //: Show the places as a list
                text: qsTr("List")
                Accessible.name: qsTr("Show as a list")
            }
            TabButton {
                //: Show the places on a map
                text: qsTr("Map")
                Accessible.name: qsTr("Show on a map")
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: view.currentIndex

            ListView {
                id: list
                objectName: "placesList"
                clip: true
                model: places
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: row
                    required property string offerId
                    required property string name
                    required property string address
                    required property real distance
                    required property string openState
                    width: ListView.view.width
                    padding: 12
                    onClicked: App.open("offer", [row.offerId])
                    Accessible.name: row.name + ". " + OfferText.facts(row.distance, row.openState, row.address)
                    Accessible.onPressAction: row.clicked()
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.name
                            font.pixelSize: 16
                            font.weight: Font.Medium
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                        Label {
                            Layout.fillWidth: true
                            text: OfferText.facts(row.distance, row.openState, row.address)
                            opacity: 0.75
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                        }
                    }
                }
                EmptyState {
                    anchors.fill: parent
                    visible: list.count === 0
                    message: qsTr("Nothing matches these filters. Try another kind of help, or switch off “Open now”.")
                }
            }

            Item {
                MapView {
                    id: map
                    anchors.fill: parent
                    // Hidden behind the list: no tiles are looked up or downloaded.
                    active: page.showMap
                    markerModel: places
                    center: QtPositioning.coordinate(UserPosition.latitude, UserPosition.longitude)
                    zoomLevel: 13
                    onHeightChanged: {
                        if (!page.framed)
                            page.frameNearby();
                    }
                    userCoordinate: UserPosition.mode === UserPosition.Centre ? QtPositioning.coordinate()
                                                                      : QtPositioning.coordinate(UserPosition.latitude, UserPosition.longitude)
                    onMarkerClicked: offerId => card.offerId = offerId
                }
                RoundButton {
                    anchors.right: parent.right
                    anchors.bottom: card.visible ? card.top : parent.bottom
                    anchors.margins: Theme.margin
                    anchors.bottomMargin: 28
                    icon.source: "../icons/my-location.svg"
                    highlighted: true
                    onClicked: {
                        if (UserPosition.mode !== UserPosition.Device)
                            UserPosition.useDevicePosition();
                        page.frameNearby();
                    }
                    Accessible.name: qsTr("Show my location")
                }
                OfferMapCard {
                    id: card
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.spacing
                    onCloseClicked: card.offerId = ""
                }
            }
        }
    }
}
