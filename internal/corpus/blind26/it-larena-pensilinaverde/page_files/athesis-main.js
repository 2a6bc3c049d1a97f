window.athesis=window.athesis||{};athesis.article={id:'1.12874301',section:'verona-citta'};
