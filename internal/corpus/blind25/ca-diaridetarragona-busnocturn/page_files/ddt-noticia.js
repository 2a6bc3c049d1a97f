var ddt={seccion:'tarragona',id:21604857};
