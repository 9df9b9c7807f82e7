package qc.passerelle.contracts.students;

public enum TeachingLanguage {
    FR,
    EN
}
