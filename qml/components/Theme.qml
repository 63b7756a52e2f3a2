pragma Singleton
import QtQuick

// Colours, sizes and type of the 800×480 front end, in one place.
QtObject {
    readonly property int screenWidth: 800
    readonly property int screenHeight: 480
    readonly property int statusBarHeight: 40
    readonly property int softkeyBarHeight: 64
    // A fingertip on a resistive screen: never smaller than this.
    readonly property int minTouch: 56

    readonly property color background: "#0b1220"
    readonly property color surface: "#162033"
    readonly property color surfaceRaised: "#1f2b42"
    readonly property color pressed: "#2c3b58"
    readonly property color text: "#f1f5f9"
    readonly property color textDim: "#94a3b8"
    readonly property color accent: "#2dd4bf"
    readonly property color ok: "#22c55e"
    readonly property color warn: "#f59e0b"
    readonly property color danger: "#ef4444"

    readonly property int fontSmall: 16
    readonly property int fontNormal: 20
    readonly property int fontLarge: 28
    readonly property int fontHuge: 64
    readonly property int radius: 12
}
