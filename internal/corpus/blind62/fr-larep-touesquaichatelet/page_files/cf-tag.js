window.cfTag={site:'larep'};
