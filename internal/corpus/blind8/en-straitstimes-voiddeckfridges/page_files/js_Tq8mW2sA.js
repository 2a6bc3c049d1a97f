var Drupal=Drupal||{behaviors:{}};
