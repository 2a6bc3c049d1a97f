!function(){"use strict";var e={},t={};function r(n){var o=t[n];if(void 0!==o)return o.exports;}}();
