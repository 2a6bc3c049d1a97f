window.__DPG__={article:true};
