var ECO_STORY={id:1503217,section:'bergamo-citta'};
