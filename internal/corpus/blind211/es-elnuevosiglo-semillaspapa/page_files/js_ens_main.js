(function(){"use strict";window.Drupal=window.Drupal||{behaviors:{}};})();
