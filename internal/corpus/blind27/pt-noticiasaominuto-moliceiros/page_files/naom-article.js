window.naom=window.naom||{};naom.news={id:2519734,section:"pais"};
