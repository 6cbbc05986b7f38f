// 1. Upload batch
const formData = new FormData();
formData.append('files', file1);
formData.append('files', file2);
formData.append('files', file3);

const uploadResponse = await fetch('http://localhost:8000/batch/upload', {
  method: 'POST',
  body: formData
});
const { job_id } = await uploadResponse.json();

// 2. Poll for completion
async function pollStatus(jobId) {
  const response = await fetch(`http://localhost:8000/status/${jobId}`);
  const status = await response.json();
  
  console.log(`Progress: ${status.progress.toFixed(1)}%`);
  
  if (status.status === 'completed') {
    return status;
  }
  
  await new Promise(resolve => setTimeout(resolve, 2000));
  return pollStatus(jobId);
}

const finalStatus = await pollStatus(job_id);

// 3. Get results
for (const doc of finalStatus.documents) {
  if (doc.status === 'completed') {
    const result = await fetch(`http://localhost:8000/documents/${doc.doc_id}`);
    const data = await result.json();
    console.log(`${doc.filename}: ${data.classification.final_category}`);
  }
}
