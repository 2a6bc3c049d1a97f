window.sirius=window.sirius||{};sirius.article={id:11962405,premium:true};
